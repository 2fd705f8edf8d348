package gov.disclosure.portal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./platform} as a person would, in its own home folder and on its own port block (28080–28084, Kafka
 * 29092/29093, MongoDB 27117) so it never collides with e2e-tests (18xxx) or a developer's platform (8xxx).
 */
final class PlatformProcess {
    static final int GATEWAY_PORT = 28080;
    private final Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private final Path home = Path.of(System.getProperty("platform.home", "target/platform-portal")).toAbsolutePath();

    void up() throws IOException, InterruptedException {
        deleteRecursively(home.toFile());
        Files.createDirectories(home);
        int rc = run(List.of("./platform", "up", "--detach"), home.resolve("platform-up.out"), 420);
        if (rc != 0) {
            throw new IllegalStateException("./platform up --detach failed with " + rc + "; output:\n"
                    + Files.readString(home.resolve("platform-up.out")));
        }
    }

    void down() throws IOException, InterruptedException {
        run(List.of("./platform", "down"), home.resolve("platform-down.out"), 120);
    }

    String gateway() {
        return "http://localhost:" + GATEWAY_PORT;
    }

    private int run(List<String> command, Path output, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        env.put("PLATFORM_HOME", home.toString());
        env.put("PLATFORM_SKIP_BUILD", "1");
        env.put("GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        env.put("CATALOG_PORT", "28081");
        env.put("REQUEST_PORT", "28082");
        env.put("STATS_PORT", "28083");
        env.put("NOTIFICATION_PORT", "28084");
        env.put("KAFKA_PORT", "29092");
        env.put("KAFKA_CONTROLLER_PORT", "29093");
        env.put("MONGO_PORT", "27117");
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s; see " + output);
        }
        return p.exitValue();
    }

    private static void deleteRecursively(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteRecursively(c);
            }
        }
        f.delete();
    }
}
