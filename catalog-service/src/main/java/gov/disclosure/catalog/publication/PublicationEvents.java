package gov.disclosure.catalog.publication;

import gov.disclosure.catalog.outbox.OutboxEvent;
import gov.disclosure.contracts.PublicationEvent;
import gov.disclosure.contracts.Topics;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

/** Turns a record's public state into the CloudEvent data of {@code catalog.publication.v1}. */
@Component
public class PublicationEvents {
    private final JsonMapper json;

    public PublicationEvents(JsonMapper json) {
        this.json = json;
    }

    public OutboxEvent of(Publication p, String type, Instant at) {
        PublicationEvent data = new PublicationEvent(p.getId(), p.getAgencyCode(), p.getIndexNumber(), p.getTitle(),
                p.getCategory().name(), p.getDocumentNumber(), p.getSubjectTerms(), p.getStatus().name(),
                p.getValidity().name(), p.getVersion() == null ? 0 : p.getVersion() + 1, p.getFormedOn(),
                p.getPublishedAt(), p.getRevocationReason(), p.getSupersedes(), p.getDiscloseBy(),
                "/api/catalog/publications/" + p.getId());
        return new OutboxEvent(UUID.randomUUID().toString(), Topics.CATALOG_PUBLICATION, type, p.getId(),
                p.getAgencyCode(), at, json.writeValueAsString(data));
    }
}
