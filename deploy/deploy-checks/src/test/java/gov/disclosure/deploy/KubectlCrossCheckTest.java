package gov.disclosure.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where kubectl is installed, its kustomize must render exactly what the Java assembler renders: proof that the
 * checks look at what `kubectl apply -k` would create. Skipped without kubectl (CI does not need it).
 */
class KubectlCrossCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    @SuppressWarnings("unchecked")
    void kubectl_kustomize_renders_the_same_objects(String overlay) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl not installed");
        Process p = new ProcessBuilder(kubectl.toString(), "kustomize", Repo.K8S.resolve("overlays").resolve(overlay).toString())
                .redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        Path tmp = Files.createTempFile("kustomize-" + overlay, ".yaml");
        try {
            Files.write(tmp, out);
            List<Object> theirs = new ArrayList<>(Repo.loadAll(tmp));
            Map<String, Object> byId = theirs.stream().collect(Collectors.toMap(Obj::id, o -> o));
            List<Map<String, Object>> ours = KustomizeOverlaysTest.render(overlay);
            assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(ours.stream().map(Obj::id).toList());
            for (Map<String, Object> o : ours) {
                assertThat(o).as(Obj.id(o)).isEqualTo(byId.get(Obj.id(o)));
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Path onPath(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, binary);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
