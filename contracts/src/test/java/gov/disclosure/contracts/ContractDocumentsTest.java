package gov.disclosure.contracts;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document and the JSON Schemas describe exactly the topics and types of the registry. */
class ContractDocumentsTest {

    @Test
    @SuppressWarnings("unchecked")
    void asyncApiListsEveryTopicItsDeadLetterTopicAndEveryEventType() throws Exception {
        Map<String, Object> doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            doc = new Yaml().load(in);
        }
        assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) doc.get("channels");
        List<Object> addresses = channels.values().stream().map(c -> c.get("address")).toList();
        for (String topic : Topics.ALL) {
            assertThat(addresses).contains(topic, Topics.deadLetter(topic));
        }
        String text = new String(getClass().getClassLoader().getResourceAsStream("asyncapi.yaml").readAllBytes());
        for (List<String> types : List.of(EventTypes.PUBLICATION_TYPES, EventTypes.REQUEST_TYPES,
                EventTypes.DELIVERY_TYPES)) {
            types.forEach(t -> assertThat(text).contains(t));
        }
    }

    @Test
    void schemasAcceptAValidEventAndRejectAnInvalidOne() {
        String valid = """
                {"publicationId":"p1","agencyCode":"city-health","indexNumber":"city-health-2026-00001",
                 "title":"通知","category":"WORK_NEWS","documentNumber":null,"subjectTerms":[],"status":"PUBLISHED",
                 "validity":"VALID","version":3,"formedOn":"2026-11-20","publishedAt":"2026-11-28T08:00:00Z",
                 "revocationReason":null,"supersedes":null,"discloseBy":"2026-12-18","url":"/api/catalog/publications/p1"}""";
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION, valid)).isEmpty();
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION, valid.replace("WORK_NEWS", "GOSSIP")))
                .isNotEmpty();
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION, "{\"publicationId\":\"p1\"}")).isNotEmpty();
        assertThat(EventSchemas.validate(Topics.CATALOG_PUBLICATION, "not json")).isNotEmpty();
    }

    @Test
    void everyEventTypeBelongsToExactlyOneTopic() {
        assertThat(EventTypes.topicOf(EventTypes.PUBLICATION_REVOKED)).isEqualTo(Topics.CATALOG_PUBLICATION);
        assertThat(EventTypes.topicOf(EventTypes.REQUEST_OVERDUE)).isEqualTo(Topics.REQUEST_LIFECYCLE);
        assertThat(EventTypes.topicOf(EventTypes.DELIVERY_DEAD_LETTERED)).isEqualTo(Topics.NOTIFICATION_DELIVERY);
    }
}
