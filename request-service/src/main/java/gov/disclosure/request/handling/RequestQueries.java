package gov.disclosure.request.handling;

import gov.disclosure.request.deadline.Deadline;
import gov.disclosure.request.deadline.StatutoryDeadlines;
import gov.disclosure.request.handling.Records.StoredApplicant;
import gov.disclosure.request.platform.ApiErrors;
import gov.disclosure.request.platform.Caller;
import gov.disclosure.request.privacy.FieldCipher;
import gov.disclosure.request.privacy.Masking;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads: the request, its deadline explanation, the public tracking view and the work queue. */
@Service
public class RequestQueries {
    private static final List<String> RULES = List.of(
            "D.2 rule 1: a working day is Monday–Friday, minus official holidays, plus official make-up working days",
            "D.2 rule 2: the trigger day is never counted; day 1 is the first working day after it",
            "Art. 31: receipt date by channel — in person: day of submission; post: day signed for; "
                    + "online and fax: the day both sides confirm",
            "Art. 33 ¶2: reply within 20 working days of receipt; one extension of at most 20 working days",
            "Art. 30: a correction notice within 7 working days of receipt restarts the reply period from receipt "
                    + "of the corrected application",
            "Art. 33 ¶3 / Art. 32: time spent consulting third parties (at most their 15-working-day answer period) "
                    + "is not counted");

    private final RequestAccess access;
    private final RequestRepository repository;
    private final MongoTemplate mongo;
    private final StatutoryDeadlines deadlines;
    private final FieldCipher cipher;
    private final TrackingThrottle throttle;
    private final Clock clock;

    public RequestQueries(RequestAccess access, RequestRepository repository, MongoTemplate mongo,
                          StatutoryDeadlines deadlines, FieldCipher cipher, TrackingThrottle throttle, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.mongo = mongo;
        this.deadlines = deadlines;
        this.cipher = cipher;
        this.throttle = throttle;
        this.clock = clock;
    }

    public Views.Detail get(Caller caller, String id) {
        return detail(access.visible(caller, id));
    }

    public Views.Detail detail(InfoRequest r) {
        LocalDate today = LocalDate.now(clock);
        Deadline d = deadlines.compute(r.clockFacts());
        return new Views.Detail(r.id(), r.trackingCode(), r.agencyCode(), r.applicantType(), r.applicantAccount(),
                r.registeredBy(), applicant(r.applicant()), r.description(), r.purpose(), r.form(), r.delivery(),
                r.channel(), r.submittedAt(), r.confirmedOn(), r.receivedOn(), r.status().name(), r.dueDate(),
                r.dueDateProvisional(), r.status().isOpen() && d.overdue(today), d.correctionNoticeLatest(),
                nextActor(r, today), r.correction(), r.consultations(), r.extension(), r.fee(), r.response(),
                r.response() == null ? null : r.response().respondedOn(), r.appeals(), r.timeline(),
                r.possibleDuplicateOf(), r.refiledFrom(), r.refiledAs(), r.version() == null ? 0 : r.version());
    }

    public Views.DeadlineExplanation deadline(Caller caller, String id) {
        InfoRequest r = access.visible(caller, id);
        Deadline d = deadlines.compute(r.clockFacts());
        Integer left = d.dueDate() == null || !r.status().isOpen() ? null
                : deadlines.workingDaysLeft(LocalDate.now(clock), d.dueDate());
        return new Views.DeadlineExplanation(r.id(), r.status().name(), r.receivedOn(), d.trigger(), d.triggerRule(),
                d.dueDate(), d.provisional(), d.countedWorkingDays(), d.correctionNoticeLatest(), d.steps(), RULES,
                left);
    }

    /** Anyone with the verification code; a wrong code looks exactly like an unknown tracking code. */
    public Views.Tracking track(String trackingCode, String code, String client) {
        throttle.checkAllowed(trackingCode, client);
        InfoRequest r = trackingCode == null ? null : repository.findByTrackingCode(trackingCode).orElse(null);
        boolean ok = r != null && code != null && MessageDigest.isEqual(
                r.verificationCodeHash().getBytes(StandardCharsets.UTF_8),
                cipher.blindIndex(code.trim()).getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throttle.recordFailure(trackingCode, client);
            throw new ApiErrors.NotFound("Request");
        }
        return new Views.Tracking(r.trackingCode(), r.status().name(), r.dueDate(), r.dueDateProvisional());
    }

    public Views.Page<Views.Item> list(Caller caller, String status, Boolean overdue, LocalDate dueBefore, int page,
                                       int size) {
        List<Criteria> where = new ArrayList<>();
        if (caller.isSupervisor()) {
            // all agencies
        } else if (caller.agency() != null && caller.isStaffOf(caller.agency())) {
            where.add(Criteria.where("agencyCode").is(caller.agency()));
        } else if (caller.isCitizen()) {
            where.add(Criteria.where("applicantAccount").is(caller.sub()));
        } else {
            throw new ApiErrors.Forbidden("The work queue is for agency staff and the city supervisor.");
        }
        LocalDate today = LocalDate.now(clock);
        if (status != null && !status.isBlank()) {
            try {
                where.add(Criteria.where("status").is(Status.valueOf(status).name()));
            } catch (IllegalArgumentException e) {
                throw ApiErrors.Invalid.of("status", "must be one of " + List.of(Status.values()));
            }
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.add(Criteria.where("status").in(Status.openNames()));
            where.add(Criteria.where("dueDate").lt(today));
        }
        if (dueBefore != null) {
            where.add(Criteria.where("dueDate").lte(dueBefore));
        }
        Query q = where.isEmpty() ? new Query() : new Query(new Criteria().andOperator(where));
        long total = mongo.count(q, InfoRequest.class);
        q.with(Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("receivedOn"))).skip((long) page * size).limit(size);
        List<Views.Item> items = mongo.find(q, InfoRequest.class).stream().map(r -> new Views.Item(r.id(),
                r.trackingCode(), r.agencyCode(), r.applicantType(), r.channel(), r.status().name(), r.receivedOn(),
                r.dueDate(), r.dueDateProvisional(),
                r.status().isOpen() && r.dueDate() != null && today.isAfter(r.dueDate()),
                nextActor(r, today).actor(), r.response() == null ? null : r.response().outcome())).toList();
        return new Views.Page<>(items, page, size, total);
    }

    /** Who must act now, by when, and how many working days remain (issue 4 "nextActor"). */
    Views.NextActor nextActor(InfoRequest r, LocalDate today) {
        return switch (r.status()) {
            case CORRECTION_REQUESTED -> actor("APPLICANT", r.correction().dueOn(), today);
            case FEE_NOTIFIED -> actor("APPLICANT", r.fee().payBy(), today);
            case CONSULTING -> actor("THIRD_PARTY", r.consultations().stream().filter(c -> c.repliedOn() == null)
                    .map(Records.Consultation::answerLimit).findFirst().orElse(null), today);
            case RECEIVED, IN_PROGRESS, EXTENDED -> actor("AGENCY", r.dueDate(), today);
            default -> new Views.NextActor("NONE", null, null);
        };
    }

    private Views.NextActor actor(String who, LocalDate by, LocalDate today) {
        return new Views.NextActor(who, by, by == null ? null : deadlines.workingDaysLeft(today, by));
    }

    /** Masked for every reader: even the applicant sees only the recognisable parts. */
    private Views.ApplicantView applicant(StoredApplicant a) {
        if (a == null) {
            return null;
        }
        return new Views.ApplicantView(a.name(), a.idType(), Masking.idNumber(cipher.decrypt(a.idNumberEnc())),
                Masking.phone(cipher.decrypt(a.phoneEnc())), Masking.email(cipher.decrypt(a.emailEnc())),
                Masking.address(cipher.decrypt(a.addressEnc())), a.creditCode(), a.contactPerson());
    }
}
