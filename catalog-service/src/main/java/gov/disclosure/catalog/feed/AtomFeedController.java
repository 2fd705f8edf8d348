package gov.disclosure.catalog.feed;

import gov.disclosure.catalog.publication.Category;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** RFC 4287 Atom feed of the 50 newest public records, per agency and category. */
@RestController
public class AtomFeedController {
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private final MongoTemplate mongo;

    public AtomFeedController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/catalog/feeds/atom")
    public ResponseEntity<String> feed(@RequestParam(required = false) String agency,
                                       @RequestParam(required = false) Category category) {
        Criteria c = Criteria.where("status").in(PublicationStatus.PUBLISHED.name(), PublicationStatus.REVOKED.name());
        if (agency != null && !agency.isBlank()) {
            c = c.and("agencyCode").is(agency);
        }
        if (category != null) {
            c = c.and("category").is(category.name());
        }
        List<Publication> items = mongo.find(Query.query(c).with(Sort.by(Sort.Direction.DESC, "publishedAt"))
                .limit(50), Publication.class);
        Instant updated = items.isEmpty() ? Instant.EPOCH : items.get(0).getPublishedAt();
        String selfQuery = (agency == null ? "" : "agency=" + agency) + (category == null ? ""
                : (agency == null ? "" : "&") + "category=" + category);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>urn:disclosure:feed:").append(esc(selfQuery.isEmpty() ? "all" : selfQuery)).append("</id>\n")
                .append("  <title>政府信息公开目录").append(agency == null ? "" : " — " + esc(agency))
                .append(category == null ? "" : " — " + esc(category.chinese())).append("</title>\n")
                .append("  <updated>").append(iso(updated)).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"/api/catalog/feeds/atom").append(selfQuery.isEmpty() ? ""
                        : "?" + esc(selfQuery)).append("\"/>\n");
        for (Publication p : items) {
            Instant entryUpdated = p.getHistory().isEmpty() ? p.getPublishedAt()
                    : p.getHistory().get(p.getHistory().size() - 1).at();
            xml.append("  <entry>\n")
                    .append("    <id>urn:disclosure:publication:").append(esc(p.getId())).append("</id>\n")
                    .append("    <title>").append(p.getStatus() == PublicationStatus.REVOKED ? "[已撤销] " : "")
                    .append(esc(p.getTitle())).append("</title>\n")
                    .append("    <link href=\"/api/catalog/publications/").append(esc(p.getId())).append("\"/>\n")
                    .append("    <published>").append(iso(p.getPublishedAt())).append("</published>\n")
                    .append("    <updated>").append(iso(entryUpdated)).append("</updated>\n")
                    .append("    <author><name>").append(esc(p.getAgencyCode())).append("</name></author>\n")
                    .append("    <category term=\"").append(p.getCategory().name()).append("\" label=\"")
                    .append(esc(p.getCategory().chinese())).append("\"/>\n")
                    .append("    <summary>").append(esc(p.getIndexNumber())).append(p.getDocumentNumber() == null ? ""
                            : " " + esc(p.getDocumentNumber())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // XML 1.0 forbids most control characters: drop them rather than emit an invalid feed
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
