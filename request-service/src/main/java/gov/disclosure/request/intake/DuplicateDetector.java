package gov.disclosure.request.intake;

import gov.disclosure.request.handling.InfoRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags likely repeats (Art. 36(6): the same applicant asking the same agency for the same information again). A
 * hint for staff, never a refusal: the applicant is matched by account or by the ID number's blind index, the
 * information by the description with spacing and punctuation ignored.
 */
@Component
public class DuplicateDetector {
    private final MongoTemplate mongo;

    public DuplicateDetector(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<String> earlierMatches(InfoRequest filed) {
        List<Criteria> sameApplicant = new ArrayList<>();
        if (filed.applicant() != null && filed.applicant().idNumberHash() != null) {
            sameApplicant.add(Criteria.where("applicant.idNumberHash").is(filed.applicant().idNumberHash()));
        }
        if (filed.applicantAccount() != null) {
            sameApplicant.add(Criteria.where("applicantAccount").is(filed.applicantAccount()));
        }
        if (sameApplicant.isEmpty()) {
            return List.of();
        }
        Query q = new Query(new Criteria().andOperator(Criteria.where("agencyCode").is(filed.agencyCode()),
                new Criteria().orOperator(sameApplicant)))
                .with(Sort.by(Sort.Direction.DESC, "submittedAt")).limit(50);
        q.fields().include("_id").include("description");
        String mine = normalise(filed.description());
        List<String> ids = new ArrayList<>();
        for (InfoRequest earlier : mongo.find(q, InfoRequest.class)) {
            if (!earlier.id().equals(filed.id()) && normalise(earlier.description()).equals(mine)) {
                ids.add(earlier.id());
                if (ids.size() == 5) {
                    break;
                }
            }
        }
        return ids;
    }

    static String normalise(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
    }
}
