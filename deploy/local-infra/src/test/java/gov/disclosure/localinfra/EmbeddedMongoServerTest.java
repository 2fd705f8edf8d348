package gov.disclosure.localinfra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedMongoServerTest {

    @TempDir
    Path dir;

    @Test
    void documentsAndUniqueIndexesSurviveARestartOnTheSameDataFile() throws Exception {
        Path data = dir.resolve("nested/mongo.mv.db");

        try (EmbeddedMongoServer first = EmbeddedMongoServer.start("127.0.0.1", 0, data);
             MongoClient client = MongoClients.create(first.connectionString())) {
            MongoCollection<Document> records = client.getDatabase("catalog").getCollection("records");
            records.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
            records.insertOne(new Document("_id", "r-1").append("slug", "budget-2026").append("title", "预算公开"));
        }
        assertTrue(Files.exists(data), "the H2 file is created where asked");

        try (EmbeddedMongoServer second = EmbeddedMongoServer.start("127.0.0.1", 0, data);
             MongoClient client = MongoClients.create(second.connectionString())) {
            MongoCollection<Document> records = client.getDatabase("catalog").getCollection("records");
            Document found = records.find(Filters.eq("_id", "r-1")).first();
            assertNotNull(found, "document written before the restart is still there");
            assertEquals("预算公开", found.getString("title"));
            assertThrows(com.mongodb.MongoWriteException.class,
                    () -> records.insertOne(new Document("_id", "r-2").append("slug", "budget-2026")),
                    "the unique index survived the restart too");
        }
    }

    @Test
    void bindsToLoopbackOnTheRequestedPort() throws Exception {
        try (EmbeddedMongoServer mongo = EmbeddedMongoServer.start("127.0.0.1", 0, dir.resolve("m.mv.db"))) {
            assertTrue(mongo.connectionString().startsWith("mongodb://127.0.0.1:"), mongo.connectionString());
        }
    }

    @Test
    void argumentsOverrideEnvironmentWhichOverridesDefaults() {
        var defaults = EmbeddedMongoServer.Options.parse(new String[0], Map.of());
        assertEquals(27017, defaults.port());
        assertEquals("127.0.0.1", defaults.host());

        var fromEnv = EmbeddedMongoServer.Options.parse(new String[0],
                Map.of("MONGO_PORT", "28017", "MONGO_DATA_FILE", "/tmp/x.mv.db"));
        assertEquals(28017, fromEnv.port());
        assertEquals(Path.of("/tmp/x.mv.db"), fromEnv.dataFile());

        var fromArgs = EmbeddedMongoServer.Options.parse(new String[] {"--port", "29017", "--data", "d.mv.db"},
                Map.of("MONGO_PORT", "28017"));
        assertEquals(29017, fromArgs.port());
        assertEquals(Path.of("d.mv.db"), fromArgs.dataFile());

        assertThrows(IllegalArgumentException.class,
                () -> EmbeddedMongoServer.Options.parse(new String[] {"--port", "nope"}, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddedMongoServer.Options.parse(new String[] {"--bogus"}, Map.of()));
    }
}
