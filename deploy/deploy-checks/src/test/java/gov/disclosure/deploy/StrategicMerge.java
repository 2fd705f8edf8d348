package gov.disclosure.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch the overlays use: maps merge key by key, {@code null} deletes a key,
 * lists of objects with a {@code name} merge element by element (containers, env, volumes, ports), other lists are
 * replaced. For custom resources kustomize applies the same map semantics (JSON merge), so lists there are replaced.
 */
final class StrategicMerge {
    private StrategicMerge() {
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            Object current = target.get(key);
            if (key.startsWith("$")) {
                continue;
            }
            if (value == null) {
                target.remove(key);
            } else if (value instanceof Map && current instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) value);
            } else if (value instanceof List && current instanceof List && named((List<Object>) value)
                    && named((List<Object>) current)) {
                target.put(key, mergeByName((List<Object>) current, (List<Object>) value));
            } else {
                target.put(key, copy(value));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeByName(List<Object> current, List<Object> patch) {
        List<Object> result = new ArrayList<>(current);
        for (Object p : patch) {
            Map<String, Object> pm = (Map<String, Object>) p;
            Map<String, Object> existing = result.stream().map(o -> (Map<String, Object>) o)
                    .filter(o -> pm.get("name").equals(o.get("name"))).findFirst().orElse(null);
            if ("delete".equals(pm.get("$patch"))) {
                result.remove(existing);
            } else if (existing != null) {
                merge(existing, pm);
            } else {
                result.add(copy(pm));
            }
        }
        return result;
    }

    private static boolean named(List<Object> list) {
        return !list.isEmpty() && list.stream().allMatch(o -> o instanceof Map<?, ?> m && m.get("name") != null);
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            m.forEach((k, v) -> c.put((String) k, copy(v)));
            return (T) c;
        }
        if (value instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(v -> c.add(copy(v)));
            return (T) c;
        }
        return value;
    }
}
