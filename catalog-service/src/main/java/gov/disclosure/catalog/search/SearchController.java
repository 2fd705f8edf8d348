package gov.disclosure.catalog.search;

import gov.disclosure.catalog.platform.BadRequestException;
import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.publication.Category;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationStatus;
import gov.disclosure.catalog.publication.Validity;
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
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GET /api/catalog/publications}: the public catalogue through the Chinese full-text index (Simplified and
 * Traditional alike, every term required, relevance then recency, highlighted); staff may list their own agency's
 * non-public records with {@code status=} (a plain MongoDB query, newest first).
 */
@RestController
@RequestMapping("/api/catalog/publications")
public class SearchController {
    private final MongoTemplate mongo;
    private final SearchIndex index;

    public SearchController(MongoTemplate mongo, SearchIndex index) {
        this.mongo = mongo;
        this.index = index;
    }

    /** Public records come from the Chinese full-text index, in its order, with highlights. */
    private PageResponse<PublicationSummary> fullText(SearchFilter filter, int page, int size) {
        SearchResult result = index.search(filter, page, size);
        List<String> ids = result.hits().stream().map(SearchHit::id).toList();
        Map<String, Publication> byId = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(ids)), Publication.class).forEach(p -> byId.put(p.getId(), p));
        List<PublicationSummary> items = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            Publication p = byId.get(hit.id());
            if (p != null) {
                items.add(PublicationSummary.of(p, hit.highlight()));
            }
        }
        return new PageResponse<>(items, page, size, result.total());
    }

    @GetMapping
    public PageResponse<PublicationSummary> search(@RequestParam(required = false) String q,
                                                   @RequestParam(required = false) String agency,
                                                   @RequestParam(required = false) Category category,
                                                   @RequestParam(required = false) LocalDate from,
                                                   @RequestParam(required = false) LocalDate to,
                                                   @RequestParam(required = false) PublicationStatus status,
                                                   @RequestParam(required = false) Validity validity,
                                                   @RequestParam(required = false) Integer year,
                                                   @RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "20") int size,
                                                   Authentication authentication) {
        if (page < 0) {
            throw new BadRequestException("page", "page must be >= 0");
        }
        if (size < 1 || size > 100) {
            throw new BadRequestException("size", "size must be between 1 and 100");
        }
        if (status == null || status.isPublic()) {
            return fullText(new SearchFilter(q, agency, category == null ? null : category.name(),
                    validity == null ? null : validity.name(), status == null ? null : status.name(), year, from, to),
                    page, size);
        }
        Caller caller = Caller.of(authentication);
        if (caller.agency() == null || !caller.isStaffOf(caller.agency())) {
            throw new BadRequestException("status", "only agency staff may list non-public records");
        }
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("status").is(status.name()));
        all.add(Criteria.where("agencyCode").is(caller.agency()));
        if (category != null) {
            all.add(Criteria.where("category").is(category.name()));
        }
        if (q != null) {
            for (String term : q.trim().split("\\s+")) {
                if (!term.isEmpty()) {
                    Pattern p = Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE);
                    all.add(new Criteria().orOperator(Criteria.where("title").regex(p), Criteria.where("body").regex(p),
                            Criteria.where("subjectTerms").regex(p), Criteria.where("documentNumber").regex(p)));
                }
            }
        }
        Query query = Query.query(new Criteria().andOperator(all.toArray(Criteria[]::new)));
        long total = mongo.count(query, Publication.class);
        query.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("createdAt")))
                .skip((long) page * size).limit(size);
        List<PublicationSummary> items = mongo.find(query, Publication.class).stream()
                .map(p -> PublicationSummary.of(p, null)).toList();
        return new PageResponse<>(items, page, size, total);
    }
}
