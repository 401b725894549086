package app.claimgraph.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded, thread-safe map that drops the least recently used entry first. */
public final class Lru {

    private Lru() {
    }

    public static <K, V> Map<K, V> of(int max) {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        });
    }
}
