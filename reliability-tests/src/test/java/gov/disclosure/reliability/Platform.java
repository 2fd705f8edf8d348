package gov.disclosure.reliability;

import gov.disclosure.testsupport.LocalPlatform;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform as {@code ./platform up --detach} starts it (real Kafka broker, MongoDB wire server on an H2 file, five
 * service JVMs), on its own port block and home, plus the fault injectors: SIGKILL / SIGTERM / SIGSTOP / SIGCONT of one
 * process by the pid the script recorded, and a restart of that process with the very argv, environment and working
 * directory the script gave it (read from /proc before the fault), its pid written back so {@code ./platform down}
 * still stops it. The script itself refuses a second {@code up} while any process of the home runs, so a single
 * process cannot be restarted through it.
 */
final class Platform implements AutoCloseable {
    static final int GATEWAY_PORT = 48080;
    static final Map<String, Integer> PORTS = Map.of("gateway", 48080, "catalog-service", 48081,
            "request-service", 48082, "stats-service", 48083, "notification-service", 48084,
            "kafka", 49092, "mongo", 47017);
    static final String KAFKA = "127.0.0.1:49092";

    private static Platform instance;

    /**
     * Own ports (48080…, Kafka 49092, MongoDB 47017) and home. The extra environment reaches every JVM through the
     * script (Spring's relaxed binding): retries in 1 s steps, and rate limits far above what the faults need.
     */
    private final LocalPlatform platform = new LocalPlatform("target/platform-reliability", 48080, 49092, 47017,
            Map.of("NOTIFICATION_DELIVERY_RETRY_SCHEDULE",
                    "1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s",
                    "NOTIFICATION_DELIVERY_JITTER", "0",
                    "RATE_LIMIT_FILE_REQUEST", "10000",
                    "RATE_LIMIT_PER_USER", "100000",
                    "RATE_LIMIT_ANONYMOUS_PER_IP", "100000",
                    "RATE_LIMIT_TOKEN", "10000"));
    private final Path home = platform.home();
    private final Map<String, Launch> launches = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long startupSeconds;

    /** How the script launched a process, captured from /proc so that a restart is the same launch. */
    record Launch(List<String> argv, Map<String, String> env, File cwd) {
    }

    /** The one platform of the suite: started by the first test class, stopped when the whole run ends. */
    static synchronized Platform get() throws Exception {
        if (instance == null) {
            Platform p = new Platform();
            Runtime.getRuntime().addShutdownHook(new Thread(p::closeQuietly, "platform-down"));
            p.up();
            instance = p;
        }
        return instance;
    }

    private void up() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        platform.up();
        startupSeconds = (System.nanoTime() - t0) / 1_000_000_000;
        for (String name : List.of("kafka", "mongo", "gateway", "catalog-service", "request-service",
                "stats-service", "notification-service")) {
            launches.put(name, capture(pid(name)));
        }
        System.out.printf("platform up in %d s (home %s)%n", startupSeconds, home);
    }

    @Override
    public void close() throws Exception {
        int rc = platform.down();
        System.out.println("platform down: rc=" + rc + "\n" + platform.downOutput());
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("platform down failed: " + e);
        }
    }

    String gateway() {
        return "http://127.0.0.1:" + GATEWAY_PORT;
    }

    String direct(String service) {
        return "http://127.0.0.1:" + PORTS.get(service);
    }

    Path log(String name) {
        return home.resolve("logs").resolve(name + ".log");
    }

    long pid(String name) throws IOException {
        return Long.parseLong(Files.readString(home.resolve("run").resolve(name + ".pid")).trim());
    }

    // ------------------------------------------------------------------------------------------------- fault injectors

    /** SIGKILL: a crash, no shutdown hook, no flush, no offset commit. Returns when the process is gone. */
    void crash(String name) throws Exception {
        signal(name, "KILL");
        awaitExit(name);
    }

    /** SIGTERM: an orderly stop (MongoDB commits its H2 file; Kafka closes its logs). */
    void stop(String name) throws Exception {
        signal(name, "TERM");
        awaitExit(name);
    }

    /** SIGSTOP / SIGCONT: a hang — the port stays open, nothing answers. */
    void pause(String name) throws Exception {
        signal(name, "STOP");
    }

    void resume(String name) throws Exception {
        signal(name, "CONT");
    }

    private void signal(String name, String sig) throws Exception {
        long pid = pid(name);
        Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("kill -" + sig + " " + pid + " (" + name + ") failed");
        }
    }

    private void awaitExit(String name) throws Exception {
        long pid = pid(name);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " (pid " + pid + ") still alive");
            }
            Thread.sleep(50);
        }
    }

    /** Starts the process again exactly as the script did (own session, log appended, pid file rewritten). */
    void restart(String name) throws Exception {
        Launch launch = launches.get(name);
        Path pidFile = home.resolve("run").resolve(name + ".pid");
        Files.deleteIfExists(pidFile);
        List<String> cmd = new ArrayList<>(List.of("setsid", "bash", "-c",
                "echo $$ >\"$0.tmp\" && mv \"$0.tmp\" \"$0\" && exec \"$@\"", pidFile.toString()));
        cmd.addAll(launch.argv());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(launch.cwd()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(launch.env());
        pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(pidFile)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": no pid file after restart");
            }
            Thread.sleep(20);
        }
    }

    /** Polls until a service's readiness is UP (or Kafka/MongoDB accept connections); returns the seconds waited. */
    double awaitReady(String name, Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready(name)) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log(name));
    }

    private boolean ready(String name) {
        int port = PORTS.get(name);
        if (name.equals("kafka") || name.equals("mongo")) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return name.equals("mongo") || Kafka.clusterUp();
            } catch (IOException e) {
                return false;
            }
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // --------------------------------------------------------------------------------------------------------- helpers

    private static Launch capture(long pid) throws IOException {
        List<String> argv = split(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")));
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : split(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")))) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        File cwd = Path.of("/proc/" + pid + "/cwd").toRealPath().toFile();
        return new Launch(argv, env, cwd);
    }

    private static List<String> split(byte[] nulSeparated) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < nulSeparated.length; i++) {
            if (nulSeparated[i] == 0) {
                parts.add(new String(nulSeparated, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return parts;
    }
}
