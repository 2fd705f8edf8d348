package gov.disclosure.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A real MongoDB wire-protocol server (mongo-java-server, in memory) on a random loopback port. */
public final class EmbeddedMongo implements AutoCloseable {
    private final MongoServer server;
    private final String uri;

    public EmbeddedMongo() {
        server = new MongoServer(new MemoryBackend());
        uri = server.bindAndGetConnectionString();
    }

    /** The connection string; when {@code MONGODB_URI} is set, tests use that real mongod instead. */
    public String uri() {
        String external = System.getenv("MONGODB_URI");
        return external != null && !external.isBlank() ? external : uri;
    }

    public boolean external() {
        String external = System.getenv("MONGODB_URI");
        return external != null && !external.isBlank();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
