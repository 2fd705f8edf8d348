package gov.disclosure.deploy;

import java.util.List;
import java.util.Map;

/** Null-tolerant navigation in parsed YAML/JSON trees (maps, lists, scalars). */
final class Obj {
    private Obj() {
    }

    /** {@code at(o, "spec", "template", "spec")}: null as soon as a step is missing. */
    @SuppressWarnings("unchecked")
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map) {
                current = ((Map<String, Object>) map).get((String) step);
            } else if (current instanceof List<?> list && step instanceof Integer i) {
                current = i < list.size() ? list.get(i) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object node, Object... path) {
        return list(node, path).stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }

    static String str(Object node, Object... path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    static String kind(Object resource) {
        return str(resource, "kind");
    }

    static String name(Object resource) {
        return str(resource, "metadata", "name");
    }

    static String id(Object resource) {
        return kind(resource) + "/" + name(resource);
    }
}
