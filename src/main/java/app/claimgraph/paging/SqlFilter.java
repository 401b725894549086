package app.claimgraph.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WHERE conditions with named parameters, built by the feature repositories from filter inputs. */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Binds a value and returns its placeholder. */
    public String bind(Object value) {
        String name = "f" + params.size();
        params.put(name, value);
        return ":" + name;
    }

    public SqlFilter and(String condition) {
        conditions.add(condition);
        return this;
    }

    public List<String> conditions() {
        return conditions;
    }

    public Map<String, Object> params() {
        return params;
    }
}
