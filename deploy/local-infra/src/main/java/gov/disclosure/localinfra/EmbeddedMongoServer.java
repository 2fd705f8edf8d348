package gov.disclosure.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local platform's MongoDB: a mongo-java-server wire-protocol server on loopback, backed by one H2 MVStore file so
 * data survives restarts. Run as its own process by {@code ./platform up}.
 *
 * <p>Arguments (each falls back to an environment variable, then a default):
 * {@code --port N} ({@code MONGO_PORT}, 27017), {@code --data FILE} ({@code MONGO_DATA_FILE}, {@code mongo.mv.db}),
 * {@code --host H} ({@code MONGO_HOST}, 127.0.0.1).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    /** The line the platform script waits for; keep it stable. */
    public static final String READY_PREFIX = "EmbeddedMongoServer ready on ";

    private final MongoServer server;
    private final Path dataFile;
    private final String connectionString;

    private EmbeddedMongoServer(MongoServer server, Path dataFile, String connectionString) {
        this.server = server;
        this.dataFile = dataFile;
        this.connectionString = connectionString;
    }

    /** Opens (or creates) the H2 file and binds; port 0 picks a free port. */
    public static EmbeddedMongoServer start(String host, int port, Path dataFile) throws IOException {
        Path absolute = dataFile.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        H2Backend backend = new H2Backend(absolute.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            // release the file lock, or the next attempt sees a locked store
            backend.close();
            throw e;
        }
        var bound = server.getLocalAddress();
        return new EmbeddedMongoServer(server, absolute,
                "mongodb://" + bound.getHostString() + ":" + bound.getPort());
    }

    public String connectionString() {
        return connectionString;
    }

    public Path dataFile() {
        return dataFile;
    }

    /** Stops listening, then closes the backend, which commits and closes the MVStore so nothing written is lost. */
    @Override
    public void close() {
        server.shutdown();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, System.getenv());
        EmbeddedMongoServer mongo = start(options.host(), options.port(), options.dataFile());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("EmbeddedMongoServer stopping, closing " + mongo.dataFile());
            mongo.close();
            System.out.println("EmbeddedMongoServer stopped");
            stopped.countDown();
        }, "mongo-shutdown"));
        System.out.println(READY_PREFIX + mongo.connectionString() + " (data: " + mongo.dataFile() + ")");
        System.out.flush();
        // keep main alive independent of whether the event-loop threads are daemons
        stopped.await();
    }

    record Options(String host, int port, Path dataFile) {

        static Options parse(String[] args, Map<String, String> env) {
            String host = env.getOrDefault("MONGO_HOST", "127.0.0.1");
            String port = env.getOrDefault("MONGO_PORT", "27017");
            String data = env.getOrDefault("MONGO_DATA_FILE", "mongo.mv.db");
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--host" -> host = require(args[i], value);
                    case "--port" -> port = require(args[i], value);
                    case "--data" -> data = require(args[i], value);
                    default -> throw new IllegalArgumentException(
                            "unknown argument " + args[i] + "; usage: [--host H] [--port N] [--data FILE]");
                }
                i++;
            }
            int portNumber;
            try {
                portNumber = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port is not a number: " + port, e);
            }
            if (portNumber < 0 || portNumber > 65535) {
                throw new IllegalArgumentException("port out of range: " + portNumber);
            }
            return new Options(host, portNumber, Path.of(data));
        }

        private static String require(String flag, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return value;
        }
    }
}
