package gov.disclosure.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Paths of the repository and YAML loading shared by the checks. Surefire runs in deploy/deploy-checks. */
final class Repo {
    static final Path ROOT = locateRoot();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path OBSERVABILITY = DEPLOY.resolve("observability");
    static final Path DOCS = ROOT.resolve("docs");
    static final List<String> SERVICES =
            List.of("gateway", "catalog-service", "request-service", "stats-service", "notification-service");

    private Repo() {
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/k8s"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository: deploy/k8s not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Every document of a (multi-document) YAML file; empty documents are skipped. */
    static List<Object> loadAll(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Object> docs = new ArrayList<>();
        for (Object doc : yaml.loadAll(read(file))) {
            if (doc != null) {
                docs.add(doc);
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> loadMap(Path file) {
        List<Object> docs = loadAll(file);
        if (docs.size() != 1 || !(docs.get(0) instanceof Map)) {
            throw new IllegalArgumentException(file + ": expected one mapping document");
        }
        return (Map<String, Object>) docs.get(0);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> filesUnder(Path dir, String... suffixes) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().indexOf("/target/") < 0)
                    .filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
