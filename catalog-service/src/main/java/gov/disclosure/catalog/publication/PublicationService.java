package gov.disclosure.catalog.publication;

import gov.disclosure.catalog.agency.AgencyRepository;
import gov.disclosure.catalog.outbox.OutboxRelay;
import gov.disclosure.catalog.platform.BadRequestException;
import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.platform.ConflictException;
import gov.disclosure.catalog.platform.ForbiddenException;
import gov.disclosure.catalog.platform.NotFoundException;
import gov.disclosure.catalog.privacy.Match;
import gov.disclosure.catalog.privacy.PrivacyScanner;
import gov.disclosure.catalog.privacy.ResolveFinding;
import gov.disclosure.catalog.search.SearchIndex;
import gov.disclosure.contracts.EventTypes;
import gov.disclosure.workingdays.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The catalogue's commands: each loads a record, checks who may do what, applies one transition, saves once. */
@Service
public class PublicationService {
    /** Art. 26: proactive disclosure within 20 working days of the information being formed or changed. */
    static final int DISCLOSURE_WORKING_DAYS = 20;

    private final PublicationRepository publications;
    private final AgencyRepository agencies;
    private final IndexNumbers indexNumbers;
    private final PublicationEvents events;
    private final OutboxRelay relay;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final MeterRegistry meters;
    private final PrivacyScanner scanner = new PrivacyScanner();
    private final SearchIndex searchIndex;
    private final MongoTemplate mongo;

    public PublicationService(PublicationRepository publications, AgencyRepository agencies,
                              IndexNumbers indexNumbers, PublicationEvents events, OutboxRelay relay,
                              WorkingDayCalendar calendar, Clock clock, MeterRegistry meters,
                              SearchIndex searchIndex, MongoTemplate mongo) {
        this.publications = publications;
        this.agencies = agencies;
        this.indexNumbers = indexNumbers;
        this.events = events;
        this.relay = relay;
        this.calendar = calendar;
        this.clock = clock;
        this.meters = meters;
        this.searchIndex = searchIndex;
        this.mongo = mongo;
    }

    public Publication create(Caller caller, String agencyCode, PublicationContent content) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new BadRequestException("agencyCode", "agencyCode is required");
        }
        if (!agencies.existsById(agencyCode)) {
            throw new BadRequestException("agencyCode", "unknown agency " + agencyCode);
        }
        if (!caller.canEditFor(agencyCode)) {
            throw new ForbiddenException("You may only draft records of your own agency as its editor.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate formedOn = content.formedOn() == null ? today : content.formedOn();
        if (formedOn.isAfter(today)) {
            throw new BadRequestException("formedOn", "formedOn cannot be in the future");
        }
        PublicationContent withDate = new PublicationContent(content.title(), content.body(), content.category(),
                content.documentNumber(), content.subjectTerms(), formedOn, content.effectiveFrom());
        LocalDate discloseBy = discloseBy(formedOn);
        Publication p = Publication.draft(UUID.randomUUID().toString(), agencyCode, withDate, discloseBy,
                caller.username(), clock.instant());
        return publications.save(p);
    }

    /** Saves an imported record, publishing it (number, event, index) when it is clean. */
    public Publication saveImported(Publication p, Instant originallyPublished, String by) {
        if (p.getImportIssues().isEmpty()) {
            LocalDate year = LocalDate.ofInstant(originallyPublished, clock.getZone());
            Instant now = clock.instant();
            p.publishImported(indexNumbers.next(p.getAgencyCode(), year.getYear()), originallyPublished, by, now);
            p.record(events.of(p, EventTypes.PUBLICATION_PUBLISHED, now));
        }
        Publication saved = publications.save(p);
        searchIndex.update(saved);
        relay.wake();
        return saved;
    }

    /** Art. 26: the day by which information formed or changed on {@code formedOn} must be public. */
    public LocalDate discloseBy(LocalDate formedOn) {
        return calendar.addWorkingDays(formedOn, DISCLOSURE_WORKING_DAYS).end();
    }

    /** Amend a published record: a new draft through the same review; publishing it supersedes the old one. */
    public Publication amend(String id, Caller caller, PublicationContent content) {
        Publication previous = forStaff(id, caller, null);
        requireEditor(caller, previous);
        LocalDate today = LocalDate.now(clock);
        LocalDate formedOn = content.formedOn() == null ? today : content.formedOn();
        if (formedOn.isAfter(today)) {
            throw new BadRequestException("formedOn", "formedOn cannot be in the future");
        }
        PublicationContent withDate = new PublicationContent(content.title(), content.body(), content.category(),
                content.documentNumber(), content.subjectTerms(), formedOn, content.effectiveFrom());
        Publication amendment = Publication.amendmentOf(previous, UUID.randomUUID().toString(), withDate,
                discloseBy(formedOn), caller.username(), clock.instant());
        return publications.save(amendment);
    }

    /**
     * Marks the record an amendment supersedes, with its own event. Runs right after the amendment is published and
     * again from the scheduler for any left behind by a crash between the two single-document writes.
     */
    void completeSupersede(Publication amendment) {
        if (!amendment.isSupersedePending()) {
            return;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            Publication old = publications.findById(amendment.getSupersedes()).orElse(null);
            if (old == null || old.getStatus() != PublicationStatus.PUBLISHED) {
                break; // done already (by another thread or instance), or revoked meanwhile
            }
            try {
                Instant now = clock.instant();
                old.supersededBy(amendment.getId(), "system", now);
                old.record(events.of(old, EventTypes.PUBLICATION_AMENDED, now));
                searchIndex.update(publications.save(old));
                break;
            } catch (OptimisticLockingFailureException raced) {
                // someone changed the old record at the same moment: look again
            }
        }
        // clearing the flag does not touch the amendment's version: an editor's next command is not made stale
        mongo.updateFirst(Query.query(Criteria.where("_id").is(amendment.getId())),
                new Update().set("supersedePending", false), Publication.class);
    }

    /** A record as this caller may see it: public ones for everyone, others only for their agency's staff. */
    public Publication visible(String id, Caller caller) {
        Publication p = publications.findById(id).orElseThrow(() -> notFound(id));
        if (p.getStatus().isPublic() || caller.canSeeInternalsOf(p.getAgencyCode())) {
            return p;
        }
        throw notFound(id);
    }

    public Publication submit(String id, Caller caller, Long expectedVersion) {
        Publication p = forStaff(id, caller, expectedVersion);
        requireEditor(caller, p);
        Map<String, List<Match>> hits = new LinkedHashMap<>();
        hits.put("title", scanner.scan(p.getTitle()));
        hits.put("body", scanner.scan(p.getBody()));
        p.getAttachments().forEach(a -> hits.put("attachment:" + a.id(), scanner.scan(a.text())));
        p.submit(caller.username(), clock.instant(), hits);
        return publications.save(p);
    }

    /** Editors and reviewers may redact; only a reviewer (or the admin) may dismiss a finding as harmless. */
    public Publication resolveFinding(String id, String findingId, Caller caller, ResolveFinding command) {
        Publication p = forStaff(id, caller, null);
        boolean redact = command.action() == ResolveFinding.Action.REDACT;
        if (!caller.canReviewFor(p.getAgencyCode()) && !(redact && caller.canEditFor(p.getAgencyCode()))) {
            throw new ForbiddenException("Only a reviewer of " + p.getAgencyCode() + " may dismiss a finding.");
        }
        p.resolveFinding(findingId, redact, command.reason(), caller.username(), clock.instant());
        return publications.save(p);
    }

    public Publication review(String id, Caller caller, ReviewDecision decision, Long expectedVersion) {
        Publication p = forStaff(id, caller, expectedVersion);
        if (!caller.canReviewFor(p.getAgencyCode())) {
            throw new ForbiddenException("Only a reviewer of " + p.getAgencyCode() + " may review its records.");
        }
        if (decision.decision() == ReviewDecision.Decision.APPROVE) {
            p.approve(caller.username(), clock.instant(), decision.comment());
        } else {
            if (decision.comment() == null || decision.comment().isBlank()) {
                throw new BadRequestException("comment", "a rejection needs a comment for the editor");
            }
            p.reject(caller.username(), clock.instant(), decision.comment());
        }
        return publications.save(p);
    }

    public Publication publish(String id, Caller caller, Instant publishAt, Long expectedVersion) {
        Publication p = forStaff(id, caller, expectedVersion);
        requireEditor(caller, p);
        Instant now = clock.instant();
        if (publishAt != null && publishAt.isAfter(now)) {
            p.schedule(publishAt, caller.username(), now);
            return publications.save(p);
        }
        return publishNow(p, caller.username());
    }

    /** Completes publication (now, or when a schedule falls due): number, state and event in one save. */
    Publication publishNow(Publication p, String by) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        p.publishNow(indexNumbers.next(p.getAgencyCode(), today.getYear()), by, now, today);
        p.record(events.of(p, p.getSupersedes() == null ? EventTypes.PUBLICATION_PUBLISHED
                : EventTypes.PUBLICATION_AMENDED, now));
        Publication saved = publications.save(p);
        meters.counter("catalog.publications.published", "late", String.valueOf(saved.getPublishedLate()))
                .increment();
        searchIndex.update(saved);
        completeSupersede(saved);
        relay.wake();
        return saved;
    }

    /** Repealed or expired documents stay in the catalogue, marked; announced so statistics count valid documents. */
    public Publication changeValidity(String id, Caller caller, Validity validity, String reason,
                                      Long expectedVersion) {
        Publication p = forStaff(id, caller, expectedVersion);
        if (!caller.isAdminOf(p.getAgencyCode())) {
            throw new ForbiddenException("Only the admin of " + p.getAgencyCode() + " may change a record's validity.");
        }
        Instant now = clock.instant();
        p.changeValidity(validity, caller.username(), now, reason);
        p.record(events.of(p, EventTypes.PUBLICATION_AMENDED, now));
        Publication saved = publications.save(p);
        searchIndex.update(saved);
        relay.wake();
        return saved;
    }

    public Publication revoke(String id, Caller caller, String reason, Long expectedVersion) {
        Publication p = forStaff(id, caller, expectedVersion);
        if (!caller.isAdminOf(p.getAgencyCode())) {
            throw new ForbiddenException("Only the admin of " + p.getAgencyCode() + " may revoke its records.");
        }
        Instant now = clock.instant();
        p.revoke(caller.username(), now, reason);
        p.record(events.of(p, EventTypes.PUBLICATION_REVOKED, now));
        Publication saved = publications.save(p);
        searchIndex.update(saved);
        relay.wake();
        return saved;
    }

    /** Loads a record for a change by an editor of its agency (others: 404 or 403 as for every command). */
    public Publication forEditor(String id, Caller caller) {
        Publication p = forStaff(id, caller, null);
        requireEditor(caller, p);
        return p;
    }

    /** Staff of another agency learn nothing about this agency's non-public records: 404, as if absent. */
    private Publication forStaff(String id, Caller caller, Long expectedVersion) {
        Publication p = publications.findById(id).orElseThrow(() -> notFound(id));
        if (!caller.isStaffOf(p.getAgencyCode())) {
            if (p.getStatus().isPublic()) {
                throw new ForbiddenException("Only staff of " + p.getAgencyCode() + " may change this record.");
            }
            throw notFound(id);
        }
        if (expectedVersion != null && !expectedVersion.equals(p.getVersion())) {
            throw new ConflictException("The record is at version "
                    + p.getVersion() + ", not " + expectedVersion + "; reload it.");
        }
        return p;
    }

    private static void requireEditor(Caller caller, Publication p) {
        if (!caller.canEditFor(p.getAgencyCode())) {
            throw new ForbiddenException("Only an editor of " + p.getAgencyCode() + " may do this.");
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No publication " + id);
    }
}
