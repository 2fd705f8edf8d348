package gov.disclosure.catalog.agency;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency's disclosure guide (公开指南, Art. 19/21): how to apply, where, when, how to reach the office. Versioned:
 * every edit keeps the previous text in {@code previous}.
 */
@Document("guides")
public class DisclosureGuide {
    @Id
    private String agencyCode;
    private GuideContent content;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;
    private List<GuideRevision> previous = new ArrayList<>();

    public DisclosureGuide() {
    }

    public DisclosureGuide(String agencyCode, GuideContent content, Instant updatedAt, String updatedBy) {
        this.agencyCode = agencyCode;
        this.content = content;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public void revise(GuideContent newContent, Instant at, String by) {
        previous.add(new GuideRevision(version, content, updatedAt, updatedBy));
        content = newContent;
        updatedAt = at;
        updatedBy = by;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public GuideContent getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Long getVersion() {
        return version;
    }

    public List<GuideRevision> getPrevious() {
        return previous;
    }

    /** A superseded text of the guide. */
    public record GuideRevision(Long version, GuideContent content, Instant updatedAt, String updatedBy) {
    }
}
