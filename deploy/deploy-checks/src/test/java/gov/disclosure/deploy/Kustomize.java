package gov.disclosure.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.disclosure.deploy.Obj.list;
import static gov.disclosure.deploy.Obj.map;
import static gov.disclosure.deploy.Obj.maps;
import static gov.disclosure.deploy.Obj.str;

/**
 * Enough of {@code kustomize build} for this repository, so CI needs no kubectl: {@code resources} (files and
 * directories, recursively), {@code components}, {@code configMapGenerator} (without name hashes), {@code labels},
 * strategic-merge {@code patches} (by file or inline, {@code $patch: delete}, list merge by {@code name}),
 * {@code images} and {@code namespace}. Anything else in a kustomization fails loudly instead of being ignored.
 */
final class Kustomize {
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "components", "patches",
            "images", "namespace", "labels", "configMapGenerator", "generatorOptions");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "ClusterIssuer", "PriorityClass", "StorageClass");

    private Kustomize() {
    }

    /** The rendered objects of the kustomization in {@code dir}. */
    static List<Map<String, Object>> build(Path dir) {
        Map<String, Object> k = kustomization(dir);
        List<Map<String, Object>> acc = new ArrayList<>();
        accumulate(dir, k, acc);
        return acc;
    }

    private static void accumulate(Path dir, Map<String, Object> k, List<Map<String, Object>> acc) {
        for (Object resource : list(k, "resources")) {
            Path path = dir.resolve(String.valueOf(resource)).normalize();
            if (Files.isDirectory(path)) {
                acc.addAll(build(path));
            } else {
                acc.addAll(documents(path));
            }
        }
        acc.addAll(generateConfigMaps(dir, k));
        for (Object component : list(k, "components")) {
            Path cdir = dir.resolve(String.valueOf(component)).normalize();
            Map<String, Object> ck = kustomization(cdir);
            if (!"Component".equals(str(ck, "kind"))) {
                throw new IllegalStateException(cdir + " is listed under components but is not kind: Component");
            }
            accumulate(cdir, ck, acc);
        }
        addLabels(k, acc);
        applyPatches(dir, k, acc);
        applyImages(k, acc);
        String namespace = str(k, "namespace");
        if (namespace != null) {
            acc.stream().filter(r -> !CLUSTER_SCOPED.contains(Obj.kind(r)))
                    .forEach(r -> metadata(r).put("namespace", namespace));
        }
    }

    private static Map<String, Object> kustomization(Path dir) {
        Path file = Files.exists(dir.resolve("kustomization.yaml")) ? dir.resolve("kustomization.yaml")
                : dir.resolve("kustomization.yml");
        Map<String, Object> k = Repo.loadMap(file);
        for (String key : k.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new UnsupportedOperationException(file + ": field '" + key + "' is not supported by the checks");
            }
        }
        return k;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Path file) {
        return Repo.loadAll(file).stream().map(d -> (Map<String, Object>) d).toList();
    }

    private static List<Map<String, Object>> generateConfigMaps(Path dir, Map<String, Object> k) {
        Map<String, Object> options = map(k, "generatorOptions");
        List<Map<String, Object>> generated = new ArrayList<>();
        for (Map<String, Object> gen : maps(k, "configMapGenerator")) {
            if (!Boolean.TRUE.equals(options.get("disableNameSuffixHash"))) {
                throw new UnsupportedOperationException(dir + ": name hashes are not modelled; set disableNameSuffixHash");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            for (Object entry : list(gen, "files")) {
                String spec = String.valueOf(entry);
                int eq = spec.indexOf('=');
                String file = eq < 0 ? spec : spec.substring(eq + 1);
                String key = eq < 0 ? Path.of(file).getFileName().toString() : spec.substring(0, eq);
                data.put(key, Repo.read(dir.resolve(file)));
            }
            for (Object entry : list(gen, "literals")) {
                String spec = String.valueOf(entry);
                data.put(spec.substring(0, spec.indexOf('=')), spec.substring(spec.indexOf('=') + 1));
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("name", gen.get("name"));
            if (!map(options, "labels").isEmpty()) {
                meta.put("labels", new LinkedHashMap<>(map(options, "labels")));
            }
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("apiVersion", "v1");
            cm.put("kind", "ConfigMap");
            cm.put("metadata", meta);
            cm.put("data", data);
            generated.add(cm);
        }
        return generated;
    }

    private static void addLabels(Map<String, Object> k, List<Map<String, Object>> acc) {
        for (Map<String, Object> entry : maps(k, "labels")) {
            if (Boolean.TRUE.equals(entry.get("includeSelectors")) || Boolean.TRUE.equals(entry.get("includeTemplates"))) {
                throw new UnsupportedOperationException("labels with includeSelectors/includeTemplates are not modelled");
            }
            for (Map<String, Object> r : acc) {
                labels(r).putAll(map(entry, "pairs"));
            }
        }
    }

    private static void applyPatches(Path dir, Map<String, Object> k, List<Map<String, Object>> acc) {
        for (Map<String, Object> entry : maps(k, "patches")) {
            List<Object> docs = entry.containsKey("path") ? Repo.loadAll(dir.resolve(str(entry, "path")))
                    : loadInline(str(entry, "patch"));
            for (Object doc : docs) {
                @SuppressWarnings("unchecked")
                Map<String, Object> patch = (Map<String, Object>) doc;
                String kind = str(entry, "target", "kind") != null ? str(entry, "target", "kind") : Obj.kind(patch);
                String name = str(entry, "target", "name") != null ? str(entry, "target", "name") : Obj.name(patch);
                List<Map<String, Object>> targets = acc.stream()
                        .filter(r -> kind.equals(Obj.kind(r)) && name.equals(Obj.name(r))).toList();
                if (targets.size() != 1) {
                    throw new IllegalStateException(dir + ": patch for " + kind + "/" + name + " matches "
                            + targets.size() + " objects");
                }
                if ("delete".equals(patch.get("$patch"))) {
                    acc.remove(targets.get(0));
                } else {
                    StrategicMerge.merge(targets.get(0), patch);
                }
            }
        }
    }

    private static List<Object> loadInline(String text) {
        List<Object> docs = new ArrayList<>();
        new org.yaml.snakeyaml.Yaml().loadAll(text).forEach(d -> {
            if (d != null) {
                docs.add(d);
            }
        });
        return docs;
    }

    private static void applyImages(Map<String, Object> k, List<Map<String, Object>> acc) {
        List<Map<String, Object>> images = maps(k, "images");
        if (images.isEmpty()) {
            return;
        }
        for (Map<String, Object> r : acc) {
            for (String field : List.of("containers", "initContainers")) {
                for (Map<String, Object> c : maps(r, "spec", "template", "spec", field)) {
                    ImageRef ref = ImageRef.parse(str(c, "image"));
                    for (Map<String, Object> img : images) {
                        if (ref.name().equals(str(img, "name"))) {
                            c.put("image", ref.with(str(img, "newName"), str(img, "newTag"), str(img, "digest")).toString());
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> r) {
        return (Map<String, Object>) r.computeIfAbsent("metadata", x -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> labels(Map<String, Object> r) {
        return (Map<String, Object>) metadata(r).computeIfAbsent("labels", x -> new LinkedHashMap<>());
    }
}
