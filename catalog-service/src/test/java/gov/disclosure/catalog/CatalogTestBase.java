package gov.disclosure.catalog;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.contracts.Topics;
import gov.disclosure.testsupport.EmbeddedMongo;
import gov.disclosure.testsupport.TestJwtIssuer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One Spring context for all catalogue integration tests: real Kafka (in-JVM KRaft), MongoDB wire server, JWKS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
abstract class CatalogTestBase {
    static final EmbeddedMongo MONGO = new EmbeddedMongo();
    static final TestJwtIssuer ISSUER = new TestJwtIssuer();

    static final String EDITOR = ISSUER.staff("editor.health", "city-health", "AGENCY_EDITOR");
    static final String REVIEWER = ISSUER.staff("reviewer.health", "city-health", "AGENCY_REVIEWER");
    static final String ADMIN = ISSUER.staff("admin.health", "city-health", "AGENCY_ADMIN");
    static final String EDITOR_EDU = ISSUER.staff("editor.edu", "city-education", "AGENCY_EDITOR");
    static final String CITIZEN = ISSUER.citizen("citizen1");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
        registry.add("spring.mongodb.database", () -> "catalog-test-" + UUID.randomUUID());
        registry.add("platform.security.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("catalog.outbox.sweep-interval", () -> "500");
        registry.add("catalog.scheduler.interval", () -> "300");
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MongoTemplate mongo;

    Http http() {
        return new Http(port);
    }

    String draft(String token, String title) {
        Http.Response r = http().post("/api/catalog/publications", token, """
                {"agencyCode":"city-health","title":"%s","body":"为做好冬季流感防控工作，现将有关事项通知如下。",
                 "category":"NORMATIVE_DOCUMENT","documentNumber":"市卫健发〔2026〕7号","subjectTerms":["卫生","流感"]}
                """.formatted(title));
        assertThat(r.status).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String publish(String title) {
        String id = draft(EDITOR, title);
        http().post("/api/catalog/publications/" + id + "/submit", EDITOR, null);
        http().post("/api/catalog/publications/" + id + "/review", REVIEWER, "{\"decision\":\"APPROVE\"}");
        Http.Response r = http().post("/api/catalog/publications/" + id + "/publish", EDITOR, null);
        assertThat(r.status).as(r.toString()).isEqualTo(200);
        return id;
    }

    ConsumerRecord<String, String> awaitEvent(String subject, String type) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Topics.CATALOG_PUBLICATION));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (subject.equals(r.key()) && type.equals(header(r, CloudEventHeaders.TYPE))) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
