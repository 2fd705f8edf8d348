package gov.disclosure.catalog.search;

import gov.disclosure.catalog.platform.BadRequestException;
import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.platform.ClockConfig;
import gov.disclosure.catalog.publication.Category;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GET /api/catalog/publications}: the public catalogue, newest first, every whitespace-separated term required
 * in title, body, subject terms, document or index number. Staff may list their own agency's non-public records with
 * {@code status=}.
 */
@RestController
@RequestMapping("/api/catalog/publications")
public class SearchController {
    private static final List<String> PUBLIC = List.of(PublicationStatus.PUBLISHED.name(),
            PublicationStatus.REVOKED.name(), PublicationStatus.SUPERSEDED.name());

    private final MongoTemplate mongo;

    public SearchController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping
    public PageResponse<PublicationSummary> search(@RequestParam(required = false) String q,
                                                   @RequestParam(required = false) String agency,
                                                   @RequestParam(required = false) Category category,
                                                   @RequestParam(required = false) LocalDate from,
                                                   @RequestParam(required = false) LocalDate to,
                                                   @RequestParam(required = false) PublicationStatus status,
                                                   @RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "20") int size,
                                                   Authentication authentication) {
        if (page < 0) {
            throw new BadRequestException("page", "page must be >= 0");
        }
        if (size < 1 || size > 100) {
            throw new BadRequestException("size", "size must be between 1 and 100");
        }
        List<Criteria> all = new ArrayList<>();
        if (status == null) {
            all.add(Criteria.where("status").in(PUBLIC));
        } else if (status.isPublic()) {
            all.add(Criteria.where("status").is(status.name()));
        } else {
            Caller caller = Caller.of(authentication);
            if (caller.agency() == null || !caller.isStaffOf(caller.agency())) {
                throw new BadRequestException("status", "only agency staff may list non-public records");
            }
            all.add(Criteria.where("status").is(status.name()));
            agency = caller.agency();
        }
        if (agency != null && !agency.isBlank()) {
            all.add(Criteria.where("agencyCode").is(agency));
        }
        if (category != null) {
            all.add(Criteria.where("category").is(category.name()));
        }
        if (from != null) {
            all.add(Criteria.where("publishedAt").gte(from.atStartOfDay(ClockConfig.CITY_ZONE).toInstant()));
        }
        if (to != null) {
            all.add(Criteria.where("publishedAt").lt(to.plusDays(1).atStartOfDay(ClockConfig.CITY_ZONE).toInstant()));
        }
        if (q != null) {
            for (String term : q.trim().split("\\s+")) {
                if (!term.isEmpty()) {
                    Pattern p = Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE);
                    all.add(new Criteria().orOperator(Criteria.where("title").regex(p), Criteria.where("body").regex(p),
                            Criteria.where("subjectTerms").regex(p), Criteria.where("documentNumber").regex(p),
                            Criteria.where("indexNumber").regex(p)));
                }
            }
        }
        Query query = Query.query(new Criteria().andOperator(all.toArray(Criteria[]::new)));
        long total = mongo.count(query, Publication.class);
        query.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("createdAt")))
                .skip((long) page * size).limit(size);
        List<PublicationSummary> items = mongo.find(query, Publication.class).stream()
                .map(PublicationSummary::of).toList();
        return new PageResponse<>(items, page, size, total);
    }
}
