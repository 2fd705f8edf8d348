package gov.disclosure.request.handling;

import gov.disclosure.contracts.EventTypes;
import gov.disclosure.request.deadline.StatutoryDeadlines;
import gov.disclosure.request.handling.Records.Appeal;
import gov.disclosure.request.handling.Records.Consultation;
import gov.disclosure.request.handling.Records.Correction;
import gov.disclosure.request.handling.Records.Extension;
import gov.disclosure.request.handling.Records.Response;
import gov.disclosure.request.intake.Codes;
import gov.disclosure.request.platform.ApiErrors;
import gov.disclosure.request.platform.Caller;
import gov.disclosure.request.platform.OutboxRelay;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static gov.disclosure.request.handling.Status.CONSULTING;
import static gov.disclosure.request.handling.Status.CORRECTION_REQUESTED;
import static gov.disclosure.request.handling.Status.EXTENDED;
import static gov.disclosure.request.handling.Status.IN_PROGRESS;
import static gov.disclosure.request.handling.Status.RECEIVED;
import static gov.disclosure.request.handling.Status.RESPONDED;
import static gov.disclosure.request.handling.Status.WITHDRAWN;

/**
 * The request procedure after filing. Each action: check who may act (404/403), check the state (409), change it,
 * recompute the deadline, append to the timeline and the outbox, and save once (a stale version → 409).
 */
@Service
public class HandlingService {
    /** A "reasonable correction period" (Art. 30) when staff do not set one. */
    static final int DEFAULT_CORRECTION_PERIOD = 15;
    private static final List<String> APPEAL_KINDS =
            List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION");
    private static final List<String> APPEAL_RESULTS = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING");

    private final RequestRepository repository;
    private final RequestAccess access;
    private final StatutoryDeadlines deadlines;
    private final RequestEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    public HandlingService(RequestRepository repository, RequestAccess access, StatutoryDeadlines deadlines,
                           RequestEvents events, OutboxRelay relay, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.deadlines = deadlines;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    /** Art. 30: once, within 7 working days of receipt; the reply clock stops until the correction arrives. */
    public InfoRequest requestCorrection(Caller caller, String id, Commands.RequestCorrection cmd) {
        InfoRequest r = access.forHandler(caller, id);
        r.requireStatus(EnumSet.of(RECEIVED), "request a correction of");
        require(cmd != null && notBlank(cmd.matters()), "matters", "must say what to correct (Art. 30)");
        int period = cmd.correctionWorkingDays() == null ? DEFAULT_CORRECTION_PERIOD : cmd.correctionWorkingDays();
        require(period >= 1 && period <= 60, "correctionWorkingDays", "must be 1 to 60");
        LocalDate today = today();
        deadlines.correctionRefusal(r.clockFacts(), today).ifPresent(reason -> {
            throw new ApiErrors.Conflict(reason);
        });
        LocalDate dueOn = deadlines.addWorkingDays(today, period);
        r.setCorrection(new Correction(today, cmd.matters(), dueOn, caller.sub(), null, null));
        r.moveTo(CORRECTION_REQUESTED);
        return commit(r, caller, "CORRECTION_REQUESTED", "Correction requested, due by " + dueOn + ": "
                + cmd.matters(), EventTypes.REQUEST_CORRECTION_REQUESTED);
    }

    /** Art. 30: the corrected application restarts the reply period from its receipt. */
    public InfoRequest supplyCorrection(Caller caller, String id, Commands.SupplyCorrection cmd) {
        InfoRequest r = access.visible(caller, id);
        boolean applicant = caller.isCitizen() && r.isApplicant(caller.sub());
        if (!applicant && !caller.isHandlerOf(r.agencyCode())) {
            throw new ApiErrors.Forbidden("Only the applicant (or staff recording a posted correction) may do this.");
        }
        r.requireStatus(EnumSet.of(CORRECTION_REQUESTED), "supply a correction to");
        require(cmd != null && notBlank(cmd.description()), "description", "is required");
        LocalDate today = today();
        LocalDate receivedOn = applicant || cmd.receivedOn() == null ? today : cmd.receivedOn();
        require(!receivedOn.isAfter(today) && !receivedOn.isBefore(r.correction().requestedOn()), "receivedOn",
                "must lie between the correction notice and today");
        Correction c = r.correction();
        r.setCorrection(new Correction(c.requestedOn(), c.matters(), c.dueOn(), c.requestedBy(), receivedOn,
                cmd.description()));
        r.moveTo(RECEIVED);
        return commit(r, caller, "CORRECTED", "Corrected application received " + receivedOn
                + "; the reply period restarts (Art. 30)", EventTypes.REQUEST_CORRECTED);
    }

    /** Art. 32: the consultation's time is not counted (Art. 33 ¶3). One open consultation at a time. */
    public InfoRequest startConsultation(Caller caller, String id, Commands.StartConsultation cmd) {
        InfoRequest r = access.forHandler(caller, id);
        r.requireStatus(EnumSet.of(RECEIVED, IN_PROGRESS, EXTENDED), "start a consultation on");
        require(cmd != null && notBlank(cmd.thirdParty()), "thirdParty", "is required");
        LocalDate today = today();
        LocalDate sentOn = cmd.sentOn() == null ? today : cmd.sentOn();
        require(!sentOn.isAfter(today) && !sentOn.isBefore(r.receivedOn()), "sentOn",
                "must lie between receipt and today");
        Consultation c = new Consultation(UUID.randomUUID().toString(), cmd.thirdParty(), cmd.matter(), sentOn,
                deadlines.consultationAnswerLimit(sentOn), null, null, null);
        r.addConsultation(c);
        r.moveTo(CONSULTING);
        return commit(r, caller, "CONSULTATION_STARTED", "Third party " + cmd.thirdParty()
                + " consulted; answer due by " + c.answerLimit() + " (Art. 32)",
                EventTypes.REQUEST_CONSULTATION_STARTED);
    }

    public InfoRequest replyConsultation(Caller caller, String id, String consultationId,
                                         Commands.ConsultationReply cmd) {
        InfoRequest r = access.forHandler(caller, id);
        Consultation c = r.consultations().stream().filter(x -> x.id().equals(consultationId)).findFirst()
                .orElseThrow(() -> new ApiErrors.NotFound("Consultation"));
        r.requireStatus(EnumSet.of(CONSULTING), "record a consultation reply on");
        if (c.repliedOn() != null) {
            throw new ApiErrors.Conflict("This consultation already has its reply.");
        }
        LocalDate today = today();
        LocalDate repliedOn = cmd == null || cmd.repliedOn() == null ? today : cmd.repliedOn();
        require(!repliedOn.isAfter(today) && !repliedOn.isBefore(c.sentOn()), "repliedOn",
                "must lie between the letter and today");
        r.replaceConsultation(new Consultation(c.id(), c.thirdParty(), c.matter(), c.sentOn(), c.answerLimit(),
                repliedOn, cmd == null ? null : cmd.summary(), cmd == null ? null : cmd.consent()));
        r.moveTo(r.extension() != null ? EXTENDED : IN_PROGRESS);
        return commit(r, caller, "CONSULTATION_ENDED", "Consultation ended " + repliedOn
                + (repliedOn.isAfter(c.answerLimit()) ? " (after the answer period; only time up to "
                + c.answerLimit() + " is not counted)" : ""), EventTypes.REQUEST_CONSULTATION_ENDED);
    }

    /**
     * Art. 42: a fee for clearly excessive requests. The clock pauses from the notice to payment (at most the
     * payment period); unpaid by then → closed as OTHER_FEE_UNPAID by the scheduler. No lifecycle event type exists
     * for fee notices, so they are recorded in the timeline only.
     */
    public InfoRequest notifyFee(Caller caller, String id, Commands.NotifyFee cmd) {
        InfoRequest r = access.forHandler(caller, id);
        r.requireStatus(EnumSet.of(RECEIVED, IN_PROGRESS, EXTENDED), "send a fee notice for");
        if (r.fee() != null) {
            throw new ApiErrors.Conflict("A fee notice was already sent for this request.");
        }
        require(cmd != null && cmd.amountYuan() != null && cmd.amountYuan().matches("[0-9]{1,7}(\\.[0-9]{1,2})?"),
                "amountYuan", "must be an amount in yuan, e.g. 100 or 100.50");
        require(List.of("PER_REQUEST", "PER_PAGE").contains(cmd.basis()), "basis", "must be PER_REQUEST or PER_PAGE");
        require(notBlank(cmd.reason()), "reason", "is required (Art. 42: number or frequency clearly excessive)");
        LocalDate today = today();
        LocalDate payBy = deadlines.addWorkingDays(today, StatutoryDeadlines.FEE_PAYMENT_PERIOD);
        r.setFee(new Records.FeeNotice(cmd.amountYuan(), cmd.basis(), cmd.reason(), today, payBy, null, caller.sub()));
        r.moveTo(Status.FEE_NOTIFIED);
        return commit(r, caller, "FEE_NOTIFIED", "Fee notice " + cmd.amountYuan() + " yuan (" + cmd.basis()
                + "), payable by " + payBy, null);
    }

    public InfoRequest recordPayment(Caller caller, String id, Commands.RecordPayment cmd) {
        InfoRequest r = access.forHandler(caller, id);
        r.requireStatus(EnumSet.of(Status.FEE_NOTIFIED), "record a fee payment for");
        LocalDate today = today();
        LocalDate paidOn = cmd == null || cmd.paidOn() == null ? today : cmd.paidOn();
        Records.FeeNotice f = r.fee();
        require(!paidOn.isAfter(today) && !paidOn.isBefore(f.notifiedOn()), "paidOn",
                "must lie between the notice and today");
        r.setFee(new Records.FeeNotice(f.amountYuan(), f.basis(), f.reason(), f.notifiedOn(), f.payBy(), paidOn,
                f.notifiedBy()));
        r.moveTo(r.extension() != null ? EXTENDED : IN_PROGRESS);
        return commit(r, caller, "FEE_PAID", "Fee paid " + paidOn, null);
    }

    /** Art. 33 ¶2: once, ≤ 20 working days, approved by the agency admin with a reason, before the deadline. */
    public InfoRequest extend(Caller caller, String id, Commands.Extend cmd) {
        InfoRequest r = access.forAdmin(caller, id);
        r.requireStatus(EnumSet.of(RECEIVED, IN_PROGRESS), "extend");
        require(cmd != null && cmd.workingDays() != null, "workingDays", "is required (1 to 20)");
        require(notBlank(cmd.reason()), "reason", "is required (Art. 33 ¶2)");
        LocalDate today = today();
        deadlines.extensionRefusal(r.clockFacts(), cmd.workingDays(), today).ifPresent(reason -> {
            if (cmd.workingDays() < 1 || cmd.workingDays() > StatutoryDeadlines.MAX_EXTENSION) {
                throw ApiErrors.Invalid.of("workingDays", reason);
            }
            throw new ApiErrors.Conflict(reason);
        });
        r.setExtension(new Extension(cmd.workingDays(), cmd.reason(), today, caller.sub(), r.dueDate()));
        r.moveTo(EXTENDED);
        return commit(r, caller, "EXTENDED", "Reply period extended by " + cmd.workingDays()
                + " working days: " + cmd.reason(), EventTypes.REQUEST_EXTENDED);
    }

    /** Art. 36: the final answer with one of the annual-report outcome codes. */
    public InfoRequest respond(Caller caller, String id, Commands.Respond cmd) {
        InfoRequest r = access.forHandler(caller, id);
        r.requireStatus(EnumSet.of(RECEIVED, IN_PROGRESS, EXTENDED, CORRECTION_REQUESTED), "respond to");
        require(cmd != null && cmd.outcome() != null && Codes.OUTCOMES.contains(cmd.outcome()), "outcome",
                "must be one of " + Codes.OUTCOMES);
        if (r.status() == CORRECTION_REQUESTED && !"OTHER_NO_CORRECTION".equals(cmd.outcome())) {
            throw new ApiErrors.Conflict("While a correction is awaited the only answer is OTHER_NO_CORRECTION.");
        }
        require(notBlank(cmd.reason()), "reason", "is required");
        if ("PARTIALLY_GRANTED".equals(cmd.outcome())) {
            require(cmd.withheldParts() != null && !cmd.withheldParts().isEmpty(), "withheldParts",
                    "a partial grant lists the withheld parts with reasons (Art. 37)");
        }
        LocalDate today = today();
        r.setResponse(new Response(cmd.outcome(), cmd.reason(), cmd.legalBasis(),
                cmd.attachments() == null ? List.of() : List.copyOf(cmd.attachments()),
                cmd.withheldParts() == null ? List.of() : List.copyOf(cmd.withheldParts()),
                cmd.holdingAgency(), today, caller.sub()));
        r.moveTo(RESPONDED);
        return commit(r, caller, "RESPONDED", "Answered " + cmd.outcome() + ": " + cmd.reason(),
                EventTypes.REQUEST_RESPONDED);
    }

    public InfoRequest withdraw(Caller caller, String id, Commands.Withdraw cmd) {
        InfoRequest r = access.forApplicant(caller, id);
        r.requireStatus(Status.OPEN, "withdraw");
        r.moveTo(WITHDRAWN);
        return commit(r, caller, "WITHDRAWN", cmd == null || cmd.reason() == null ? "Withdrawn by the applicant"
                : "Withdrawn by the applicant: " + cmd.reason(), EventTypes.REQUEST_WITHDRAWN);
    }

    /** Administrative reconsideration or lawsuit (annual-report table 4). */
    public InfoRequest recordAppeal(Caller caller, String id, Commands.RecordAppeal cmd) {
        InfoRequest r = access.forHandler(caller, id);
        require(cmd != null && APPEAL_KINDS.contains(cmd.kind()), "kind", "must be one of " + APPEAL_KINDS);
        String result = cmd.result() == null ? "PENDING" : cmd.result();
        require(APPEAL_RESULTS.contains(result), "result", "must be one of " + APPEAL_RESULTS);
        LocalDate today = today();
        LocalDate filedOn = cmd.filedOn() == null ? today : cmd.filedOn();
        require(!filedOn.isAfter(today), "filedOn", "must not be in the future");
        boolean answeredOrLate = r.status() == RESPONDED || r.status() == Status.CLOSED
                || (r.status().isOpen() && r.dueDate() != null && today.isAfter(r.dueDate()));
        if (!answeredOrLate) {
            throw new ApiErrors.Conflict("An appeal concerns an answer or a missed deadline; this request has neither.");
        }
        r.addAppeal(new Appeal(UUID.randomUUID().toString(), cmd.kind(), filedOn, result,
                "PENDING".equals(result) ? null : today, caller.sub()));
        return commit(r, caller, "APPEAL_RECORDED", cmd.kind() + " filed " + filedOn + ", result " + result,
                EventTypes.REQUEST_APPEAL_RECORDED);
    }

    public InfoRequest appealResult(Caller caller, String id, String appealId, Commands.AppealResult cmd) {
        InfoRequest r = access.forHandler(caller, id);
        Appeal a = r.appeals().stream().filter(x -> x.id().equals(appealId)).findFirst()
                .orElseThrow(() -> new ApiErrors.NotFound("Appeal"));
        require(cmd != null && APPEAL_RESULTS.contains(cmd.result()), "result", "must be one of " + APPEAL_RESULTS);
        if (!"PENDING".equals(a.result())) {
            throw new ApiErrors.Conflict("This appeal already has its result.");
        }
        LocalDate resultOn = cmd.resultOn() == null ? today() : cmd.resultOn();
        r.replaceAppeal(new Appeal(a.id(), a.kind(), a.filedOn(), cmd.result(), resultOn, caller.sub()));
        return commit(r, caller, "APPEAL_RESULT", a.kind() + " result " + cmd.result(),
                EventTypes.REQUEST_APPEAL_RECORDED);
    }

    private InfoRequest commit(InfoRequest r, Caller caller, String action, String detail, String eventType) {
        Instant now = clock.instant();
        r.applyDeadline(deadlines.compute(r.clockFacts()));
        r.log(now, action, caller.sub(), detail);
        if (eventType != null) {
            events.append(r, eventType, now);
        }
        InfoRequest saved = repository.save(r); // @Version: a concurrent change → OptimisticLockingFailure → 409
        relay.wake();
        return saved;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw ApiErrors.Invalid.of(field, message);
        }
    }
}
