package gov.disclosure.request.intake;

import gov.disclosure.contracts.EventTypes;
import gov.disclosure.request.deadline.StatutoryDeadlines;
import gov.disclosure.request.handling.InfoRequest;
import gov.disclosure.request.handling.Records.StoredApplicant;
import gov.disclosure.request.handling.RequestEvents;
import gov.disclosure.request.handling.RequestRepository;
import gov.disclosure.request.handling.Views;
import gov.disclosure.request.platform.ApiErrors;
import gov.disclosure.request.platform.Caller;
import gov.disclosure.request.platform.OutboxRelay;
import gov.disclosure.request.privacy.FieldCipher;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Filing (Arts. 29, 31): validate, fix the receipt date by channel, start the clock, store once per Idempotency-Key. */
@Service
public class IntakeService {
    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final RequestRepository repository;
    private final MongoTemplate mongo;
    private final StatutoryDeadlines deadlines;
    private final FieldCipher cipher;
    private final RequestEvents events;
    private final OutboxRelay relay;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DuplicateDetector duplicates;
    private final SecureRandom random = new SecureRandom();

    public IntakeService(RequestRepository repository, MongoTemplate mongo, StatutoryDeadlines deadlines,
                         FieldCipher cipher, RequestEvents events, OutboxRelay relay, Clock clock,
                         MeterRegistry meters, DuplicateDetector duplicates) {
        this.duplicates = duplicates;
        this.repository = repository;
        this.mongo = mongo;
        this.deadlines = deadlines;
        this.cipher = cipher;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        this.meters = meters;
    }

    /** The result and whether it is a replay of an earlier submission with the same Idempotency-Key. */
    public record Outcome(Views.Filed filed, boolean replayed) {
    }

    public Outcome file(Caller caller, FileRequest body, String idempotencyKey) {
        boolean staff = !caller.isCitizen() && caller.isHandler();
        if (!caller.isCitizen() && !staff) {
            throw new ApiErrors.Forbidden("Only citizens and agency editors or admins file requests.");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ApiErrors.Invalid.of("Idempotency-Key", "must be 1 to 200 characters");
        }
        String key = idempotencyKey == null ? "auto:" + UUID.randomUUID() : caller.sub() + "|" + idempotencyKey;
        if (idempotencyKey != null) {
            var earlier = repository.findByIdempotencyKey(key);
            if (earlier.isPresent()) {
                return new Outcome(filed(earlier.get()), true);
            }
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        if (body == null) {
            throw ApiErrors.Invalid.of("body", "is required");
        }
        FileRequestValidator.validate(body, staff, today);
        if (staff && !body.agencyCode().equals(caller.agency())) {
            throw new ApiErrors.Forbidden("Staff register applications for their own agency only.");
        }

        // Art. 31: online → the day both sides confirm; for an authenticated citizen the platform confirms at once.
        LocalDate confirmedOn = staff ? body.receivedOn() : today;
        LocalDate receivedOn = confirmedOn;
        String verification = code(8);
        FileRequest.Applicant a = body.applicant();
        StoredApplicant applicant = new StoredApplicant(a.name().strip(), a.idType(), cipher.encrypt(a.idNumber()),
                cipher.blindIndex(a.idNumber()), cipher.encrypt(a.phone()), cipher.encrypt(a.email()),
                cipher.encrypt(a.address()), a.creditCode() == null ? null : a.creditCode().toUpperCase(),
                a.contactPerson());
        String applicantAccount = staff ? blankToNull(body.applicantAccount()) : caller.sub();
        InfoRequest request = InfoRequest.file(UUID.randomUUID().toString(), key,
                "YSQ-" + today.format(DAY) + "-" + code(6), cipher.encrypt(verification),
                cipher.blindIndex(verification), body.agencyCode(), body.applicantType(), applicantAccount,
                staff ? caller.sub() : null, applicant, body.description().strip(), body.purpose(), body.form(),
                body.delivery(), body.channel(), now, confirmedOn, receivedOn);
        request.applyDeadline(deadlines.compute(request.clockFacts()));
        request.flagPossibleDuplicates(duplicates.earlierMatches(request));
        request.log(now, "RECEIVED", caller.sub(), staff
                ? "Registered by staff: " + body.channel() + " application received " + receivedOn + " (Art. 31)"
                : "Filed online; receipt confirmed automatically on " + confirmedOn + " (Art. 31(3))");
        events.append(request, EventTypes.REQUEST_RECEIVED, now);
        try {
            mongo.insert(request);
        } catch (DuplicateKeyException e) {
            // a concurrent twin with the same Idempotency-Key won the unique index: answer with its result
            InfoRequest winner = repository.findByIdempotencyKey(key).orElseThrow(() -> e);
            return new Outcome(filed(winner), true);
        }
        meters.counter("requests.filed", "channel", body.channel()).increment();
        log.info("request {} filed for agency {} via {}", request.id(), request.agencyCode(), request.channel());
        relay.wake();
        return new Outcome(filed(request), false);
    }

    /**
     * Art. 36(5): the answer named the agency that holds the information; the applicant refiles there in one step.
     * The new request is keyed {@code refile:<original id>} so repeats and races create exactly one.
     */
    public Outcome refile(Caller caller, InfoRequest original) {
        if (original.response() == null || !"UNABLE_NOT_HELD".equals(original.response().outcome())
                || original.response().holdingAgency() == null) {
            throw new ApiErrors.Conflict("Only an UNABLE_NOT_HELD answer that names the holding agency can be "
                    + "refiled.");
        }
        String key = "refile:" + original.id();
        Outcome outcome = repository.findByIdempotencyKey(key).map(r -> new Outcome(filed(r), true))
                .orElseGet(() -> createRefile(caller, original, key));
        if (original.refiledAs() == null) {
            Instant now = clock.instant();
            original.linkRefiledAs(outcome.filed().id());
            original.log(now, "REFILED", caller.sub(), "Refiled with " + original.response().holdingAgency()
                    + " as " + outcome.filed().id());
            repository.save(original); // version-guarded; a lost race leaves the same link to set on retry
        }
        return outcome;
    }

    private Outcome createRefile(Caller caller, InfoRequest original, String key) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String verification = code(8);
        InfoRequest request = InfoRequest.file(UUID.randomUUID().toString(), key,
                "YSQ-" + today.format(DAY) + "-" + code(6), cipher.encrypt(verification),
                cipher.blindIndex(verification), original.response().holdingAgency(), original.applicantType(),
                caller.sub(), null, original.applicant(), original.description(), original.purpose(),
                original.form(), original.delivery(), "ONLINE", now, today, today);
        request.linkRefiledFrom(original.id());
        request.applyDeadline(deadlines.compute(request.clockFacts()));
        request.log(now, "RECEIVED", caller.sub(), "Refiled from request " + original.id() + " of "
                + original.agencyCode() + " (Art. 36(5)); receipt confirmed online " + today);
        events.append(request, EventTypes.REQUEST_RECEIVED, now);
        try {
            mongo.insert(request);
        } catch (DuplicateKeyException e) {
            return new Outcome(filed(repository.findByIdempotencyKey(key).orElseThrow(() -> e)), true);
        }
        relay.wake();
        return new Outcome(filed(request), false);
    }

    private Views.Filed filed(InfoRequest r) {
        return new Views.Filed(r.id(), r.trackingCode(), cipher.decrypt(r.verificationCodeEnc()), r.status().name(),
                r.receivedOn(), r.dueDate(), r.dueDateProvisional(), r.submittedAt(), r.confirmedOn(),
                r.agencyCode(), r.channel(), r.possibleDuplicateOf(), r.version() == null ? 0 : r.version());
    }

    private String code(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
