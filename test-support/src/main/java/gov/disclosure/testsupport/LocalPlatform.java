package gov.disclosure.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./platform} exactly as a person would, in its own home folder and on its own block of ports, so suites
 * that each start the platform (portal, end-to-end) never collide with each other or with a developer's platform.
 * The HTTP block is {@code httpBase} (gateway) and {@code httpBase + 1..4} (catalog, request, stats, notification).
 */
public final class LocalPlatform {
    private final Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private final Path home;
    private final int httpBase;
    private final int kafkaPort;
    private final int mongoPort;
    private final Map<String, String> extraEnvironment;

    public LocalPlatform(String defaultHome, int httpBase, int kafkaPort, int mongoPort) {
        this(defaultHome, httpBase, kafkaPort, mongoPort, Map.of());
    }

    /**
     * @param extraEnvironment handed to the script, which passes its environment to every JVM (Spring's relaxed
     *                         binding turns {@code NOTIFICATION_DELIVERY_JITTER} into a property, for example)
     */
    public LocalPlatform(String defaultHome, int httpBase, int kafkaPort, int mongoPort,
                         Map<String, String> extraEnvironment) {
        this.home = Path.of(System.getProperty("platform.home", defaultHome)).toAbsolutePath();
        this.httpBase = httpBase;
        this.kafkaPort = kafkaPort;
        this.mongoPort = mongoPort;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    /** {@code ./platform up --detach} on a fresh home (never building: the reactor packaged everything already). */
    public void up() throws IOException, InterruptedException {
        deleteRecursively(home.toFile());
        Files.createDirectories(home);
        int rc = run(List.of("./platform", "up", "--detach"), home.resolve("platform-up.out"), 420);
        if (rc != 0) {
            throw new IllegalStateException("./platform up --detach failed with " + rc + "; output:\n" + upOutput());
        }
    }

    /** {@code ./platform down}; its exit code (the output is in {@link #downOutput()}). */
    public int down() throws IOException, InterruptedException {
        return run(List.of("./platform", "down"), home.resolve("platform-down.out"), 180);
    }

    public String upOutput() throws IOException {
        return Files.readString(home.resolve("platform-up.out"));
    }

    public String downOutput() throws IOException {
        return Files.readString(home.resolve("platform-down.out"));
    }

    /** The platform's home: {@code logs/<name>.log}, {@code run/<name>.pid}. */
    public Path home() {
        return home;
    }

    public int gatewayPort() {
        return httpBase;
    }

    public String gateway() {
        return "http://localhost:" + httpBase;
    }

    private int run(List<String> command, Path output, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = pb.environment();
        env.put("PLATFORM_HOME", home.toString());
        env.put("PLATFORM_SKIP_BUILD", "1");
        env.put("GATEWAY_PORT", String.valueOf(httpBase));
        env.put("CATALOG_PORT", String.valueOf(httpBase + 1));
        env.put("REQUEST_PORT", String.valueOf(httpBase + 2));
        env.put("STATS_PORT", String.valueOf(httpBase + 3));
        env.put("NOTIFICATION_PORT", String.valueOf(httpBase + 4));
        env.put("KAFKA_PORT", String.valueOf(kafkaPort));
        env.put("KAFKA_CONTROLLER_PORT", String.valueOf(kafkaPort + 1));
        env.put("MONGO_PORT", String.valueOf(mongoPort));
        env.putAll(extraEnvironment);
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
