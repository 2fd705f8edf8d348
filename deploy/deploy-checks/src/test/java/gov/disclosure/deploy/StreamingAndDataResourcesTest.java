package gov.disclosure.deploy;

import gov.disclosure.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static gov.disclosure.deploy.KustomizeOverlaysTest.ofKind;
import static gov.disclosure.deploy.KustomizeOverlaysTest.render;
import static gov.disclosure.deploy.Obj.at;
import static gov.disclosure.deploy.Obj.list;
import static gov.disclosure.deploy.Obj.map;
import static gov.disclosure.deploy.Obj.maps;
import static gov.disclosure.deploy.Obj.name;
import static gov.disclosure.deploy.Obj.str;
import static org.assertj.core.api.Assertions.assertThat;

/** Strimzi and MongoDB custom resources of the production overlay. */
class StreamingAndDataResourcesTest {
    private final List<Map<String, Object>> prod = render("production");

    private Map<String, Map<String, Object>> topics() {
        return ofKind(prod, "KafkaTopic").stream().collect(Collectors.toMap(t -> str(t, "spec", "topicName"), t -> t));
    }

    @Test
    void every_contract_topic_exists_with_a_dead_letter_twin_of_at_least_as_many_partitions() {
        Map<String, Map<String, Object>> topics = topics();
        assertThat(topics.keySet()).containsAll(Topics.ALL);
        for (String topic : Topics.ALL) {
            Map<String, Object> dlt = topics.get(Topics.deadLetter(topic));
            assertThat(dlt).as("DLT of " + topic).isNotNull();
            int partitions = ((Number) at(topics.get(topic), "spec", "partitions")).intValue();
            assertThat(partitions).as(topic).isGreaterThanOrEqualTo(Topics.PARTITIONS);
            assertThat(((Number) at(dlt, "spec", "partitions")).intValue()).as(Topics.deadLetter(topic))
                    .isGreaterThanOrEqualTo(partitions);
        }
        assertThat(topics.keySet()).allSatisfy(t -> assertThat(t.endsWith("-dlt") ? t.substring(0, t.length() - 4) : t)
                .as("topic without a contract").isIn(Topics.ALL));
    }

    @Test
    void kafka_is_three_kraft_nodes_and_every_topic_survives_one_broker_down() {
        Map<String, Object> pool = ofKind(prod, "KafkaNodePool").get(0);
        assertThat(at(pool, "spec", "replicas")).isEqualTo(3);
        assertThat(list(pool, "spec", "roles")).containsExactlyInAnyOrder("controller", "broker");
        Map<String, Object> kafka = ofKind(prod, "Kafka").get(0);
        assertThat(str(kafka, "apiVersion")).isEqualTo("kafka.strimzi.io/v1");
        assertThat(map(kafka, "spec", "kafka", "config")).containsEntry("min.insync.replicas", 2)
                .containsEntry("default.replication.factor", 3).containsEntry("auto.create.topics.enable", false);
        assertThat(map(kafka, "spec", "kafkaExporter")).as("lag metrics for the alerts").isNotEmpty();
        for (Map<String, Object> topic : ofKind(prod, "KafkaTopic")) {
            assertThat(at(topic, "spec", "replicas")).as(name(topic)).isEqualTo(3);
            assertThat(map(topic, "spec", "config")).as(name(topic)).containsEntry("min.insync.replicas", 2)
                    .containsKey("retention.ms");
            assertThat(map(topic, "metadata", "labels")).containsEntry("strimzi.io/cluster", name(kafka));
        }
    }

    @Test
    void kafka_users_have_least_privilege_and_department_users_only_read() {
        Map<String, Map<String, Object>> users = ofKind(prod, "KafkaUser").stream()
                .collect(Collectors.toMap(Obj::name, u -> u));
        assertThat(users.keySet()).contains("catalog-service", "request-service", "stats-service", "notification-service");
        // consumers read their own group only, and only the topics their listeners name
        assertThat(acl(users.get("stats-service"), "group")).containsOnlyKeys("stats-service");
        assertThat(acl(users.get("notification-service"), "group")).containsOnlyKeys("notification-service");
        assertThat(writes(users.get("catalog-service"))).containsExactly(Topics.CATALOG_PUBLICATION);
        assertThat(writes(users.get("request-service"))).containsExactly(Topics.REQUEST_LIFECYCLE);
        assertThat(writes(users.get("stats-service"))).allMatch(t -> t.endsWith("-dlt"));
        users.values().stream().filter(u -> name(u).startsWith("dept-")).forEach(u -> {
            assertThat(writes(u)).as(name(u)).isEmpty();
            String prefix = str(u, "metadata", "annotations", "disclosure.gov/consumer-group-prefix");
            assertThat(maps(u, "spec", "authorization", "acls")).as(name(u)).allSatisfy(a -> {
                assertThat(list(a, "operations")).isSubsetOf("Read", "Describe");
                if ("group".equals(str(a, "resource", "type"))) {
                    assertThat(str(a, "resource", "patternType")).isEqualTo("prefix");
                    assertThat(str(a, "resource", "name")).isEqualTo(prefix);
                }
            });
        });
    }

    private static Map<String, List<Object>> acl(Map<String, Object> user, String type) {
        return maps(user, "spec", "authorization", "acls").stream()
                .filter(a -> type.equals(str(a, "resource", "type")))
                .collect(Collectors.toMap(a -> str(a, "resource", "name"), a -> list(a, "operations")));
    }

    private static Set<String> writes(Map<String, Object> user) {
        return acl(user, "topic").entrySet().stream().filter(e -> e.getValue().contains("Write"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Test
    void mongodb_is_a_three_member_replica_set_with_one_scram_user_per_service_database() {
        Map<String, Object> mdb = ofKind(prod, "MongoDBCommunity").get(0);
        assertThat(at(mdb, "spec", "members")).isEqualTo(3);
        assertThat(str(mdb, "spec", "type")).isEqualTo("ReplicaSet");
        assertThat(list(mdb, "spec", "security", "authentication", "modes")).containsExactly("SCRAM");
        Map<String, String> databases = Map.of("catalog-service", "catalog", "request-service", "requests",
                "stats-service", "stats", "notification-service", "notifications");
        List<Map<String, Object>> users = maps(mdb, "spec", "users");
        assertThat(users).extracting(u -> u.get("name")).containsExactlyInAnyOrderElementsOf(databases.keySet());
        for (Map<String, Object> u : users) {
            assertThat(maps(u, "roles")).as("roles of " + u.get("name"))
                    .containsExactly(Map.of("name", "readWrite", "db", databases.get(u.get("name"))));
        }
        // each service reads the connection string the operator writes for its own user
        for (Map<String, Object> d : ofKind(prod, "Deployment")) {
            maps(d, "spec", "template", "spec", "containers").stream().flatMap(c -> maps(c, "env").stream())
                    .filter(e -> "MONGODB_URI".equals(e.get("name")))
                    .forEach(e -> assertThat(str(e, "valueFrom", "secretKeyRef", "name"))
                            .isEqualTo(name(mdb) + "-admin-" + name(d)));
        }
    }

    @Test
    void dev_shrinks_replication_consistently() {
        List<Map<String, Object>> dev = render("dev");
        assertThat(at(ofKind(dev, "KafkaNodePool").get(0), "spec", "replicas")).isEqualTo(1);
        assertThat(ofKind(dev, "KafkaTopic")).allSatisfy(t -> {
            assertThat(at(t, "spec", "replicas")).isEqualTo(1);
            assertThat(at(t, "spec", "config", "min.insync.replicas")).isEqualTo(1);
        });
        assertThat(at(ofKind(dev, "Kafka").get(0), "spec", "kafka", "config", "min.insync.replicas")).isEqualTo(1);
        assertThat(at(ofKind(dev, "MongoDBCommunity").get(0), "spec", "members")).isEqualTo(1);
    }
}
