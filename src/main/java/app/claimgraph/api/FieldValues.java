package app.claimgraph.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One object of a query's result: its fields' values in the order of their keys, which every object
 * read by the same selection shares (one array for a page of claims, not a hash table per claim). A
 * read-only {@link java.util.Map} for whatever reads a result generically; the response writer walks
 * {@link #key} and {@link #value} instead. A page of 20 actors with 10 claims each holds about a
 * thousand of these; as {@code LinkedHashMap}s they were a quarter of the bytes the page allocated.
 */
public final class FieldValues extends AbstractMap<String, Object> {

    private final String[] keys;
    private final Object[] values;

    /** An object with no values yet for {@code keys} (distinct, shared, never changed). */
    public FieldValues(String[] keys) {
        this.keys = keys;
        this.values = new Object[keys.length];
    }

    /** Sets the value of the {@code i}-th key; only while the result is being built. */
    public void set(int i, Object value) {
        values[i] = value;
    }

    public String key(int i) {
        return keys[i];
    }

    public Object value(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
