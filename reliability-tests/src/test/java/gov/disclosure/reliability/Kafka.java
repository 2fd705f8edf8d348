package gov.disclosure.reliability;

import gov.disclosure.contracts.CloudEventHeaders;
import gov.disclosure.contracts.EventSchemas;
import gov.disclosure.contracts.EventTypes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Plain Kafka clients: the checker reads topics from the beginning; tests inject events as a foreign producer. */
final class Kafka {
    static final String SOURCE = "/reliability-tests";

    private Kafka() {
    }

    static boolean clusterUp() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            admin.listTopics().names().get(3, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** A CloudEvent in binary mode, exactly as the services' relays write it. */
    static ProducerRecord<String, String> event(String topic, String id, String type, String subject, String agency,
                                                String json) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, subject, json);
        header(r, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(r, CloudEventHeaders.ID, id);
        header(r, CloudEventHeaders.SOURCE, SOURCE);
        header(r, CloudEventHeaders.TYPE, type);
        header(r, CloudEventHeaders.TIME, Instant.now().toString());
        header(r, CloudEventHeaders.SUBJECT, subject);
        header(r, CloudEventHeaders.AGENCY, agency);
        header(r, CloudEventHeaders.DATA_SCHEMA, EventSchemas.schemaUri(topic));
        header(r, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return r;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Valid request.lifecycle.v1 data (checked against the contract's schema before it is sent). */
    static String requestData(String requestId, String agency, String status, long version) {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String json = """
                {"requestId":"%s","agencyCode":"%s","trackingCode":"T%s","applicantType":"NATURAL_PERSON",
                 "applicantAccount":null,"channel":"ONLINE","status":"%s","receivedOn":"%s","dueDate":null,
                 "dueDateProvisional":false,"outcome":null,"respondedOn":null,"version":%d}"""
                .formatted(requestId, agency, Math.abs(requestId.hashCode()), status, today, version);
        return checked(gov.disclosure.contracts.Topics.REQUEST_LIFECYCLE, json);
    }

    static String publicationData(String publicationId, String agency, long version) {
        String json = """
                {"publicationId":"%s","agencyCode":"%s","indexNumber":"%s-2026-%05d","title":"可靠性测试 %s",
                 "category":"WORK_NEWS","documentNumber":null,"subjectTerms":[],"status":"PUBLISHED","validity":"VALID",
                 "version":%d,"formedOn":null,"publishedAt":"%s","revocationReason":null,"supersedes":null,
                 "discloseBy":null,"url":"/api/catalog/publications/%s"}"""
                .formatted(publicationId, agency, agency, Math.abs(publicationId.hashCode()) % 100000, publicationId,
                        version, Instant.now(), publicationId);
        return checked(gov.disclosure.contracts.Topics.CATALOG_PUBLICATION, json);
    }

    private static String checked(String topic, String json) {
        List<String> errors = EventSchemas.validate(topic, json);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("test event does not match the contract: " + errors);
        }
        return json;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static String type(ConsumerRecord<String, String> r) {
        return headerValue(r, CloudEventHeaders.TYPE);
    }

    static String headerValue(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Every record of a topic from the beginning up to its end offsets at call time. */
    static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return out;
            }
            List<TopicPartition> parts = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /** Sum of the end offsets of a topic: grows by one per record written. */
    static long endOffsetSum(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.KAFKA);
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            return c.endOffsets(parts, Duration.ofSeconds(10)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static List<ConsumerRecord<String, String>> matching(String topic, Predicate<ConsumerRecord<String, String>> p) {
        return readAll(topic).stream().filter(p).toList();
    }

    static boolean isType(ConsumerRecord<String, String> r, String type) {
        return type.equals(type(r));
    }

    static final String PUBLISHED = EventTypes.PUBLICATION_PUBLISHED;
    static final String RECEIVED = EventTypes.REQUEST_RECEIVED;
}
