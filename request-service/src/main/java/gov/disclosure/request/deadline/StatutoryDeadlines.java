package gov.disclosure.request.deadline;

import gov.disclosure.request.deadline.ClockFacts.Consultation;
import gov.disclosure.workingdays.WorkingDayCalendar;
import gov.disclosure.workingdays.WorkingDayCalendar.WorkingDaySpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The time limits of chapter 四, applied to a request's {@link ClockFacts}. See package-info for the rules. */
public final class StatutoryDeadlines {
    /** Art. 33 ¶2: reply within 20 working days of receipt. */
    public static final int REPLY_PERIOD = 20;
    /** Art. 30: correction notice within 7 working days of receipt, once. */
    public static final int CORRECTION_NOTICE_PERIOD = 7;
    /** 国办函〔2020〕109号 as recalled in regulation.md A.3.1 (unverified): 20 working days to pay a fee notice. */
    public static final int FEE_PAYMENT_PERIOD = 20;
    /** Art. 32: the third party answers within 15 working days of receiving the letter. */
    public static final int CONSULTATION_ANSWER_PERIOD = 15;
    /** Art. 33 ¶2: an extension of at most 20 working days. */
    public static final int MAX_EXTENSION = 20;

    private final Supplier<WorkingDayCalendar> calendar;

    public StatutoryDeadlines(Supplier<WorkingDayCalendar> calendar) {
        this.calendar = calendar;
    }

    /** Art. 30: the last day the agency may send its (single) correction notice. */
    public LocalDate correctionNoticeLatest(LocalDate receivedOn) {
        return calendar.get().addWorkingDays(receivedOn, CORRECTION_NOTICE_PERIOD).end();
    }

    /** Art. 32: the last day of the third party's answer period. */
    public LocalDate consultationAnswerLimit(LocalDate sentOn) {
        return calendar.get().addWorkingDays(sentOn, CONSULTATION_ANSWER_PERIOD).end();
    }

    /** The {@code n}-th working day after {@code from} (e.g. the end of a correction period). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return calendar.get().addWorkingDays(from, n).end();
    }

    /** Working days from {@code today} (exclusive) to {@code dueDate} (inclusive); negative once overdue. */
    public int workingDaysLeft(LocalDate today, LocalDate dueDate) {
        WorkingDayCalendar cal = calendar.get();
        return today.isAfter(dueDate) ? -cal.workingDaysBetween(dueDate, today) : cal.workingDaysBetween(today, dueDate);
    }

    public Deadline compute(ClockFacts facts) {
        WorkingDayCalendar cal = calendar.get();
        LocalDate noticeLatest = correctionNoticeLatest(facts.receivedOn());
        List<Deadline.Step> steps = new ArrayList<>();

        if (facts.awaitingCorrection()) {
            steps.add(new Deadline.Step("AWAITING_CORRECTION", "Art. 30", facts.correctionRequestedOn(), null, 0,
                    List.of(), List.of(), "Correction requested; the reply period starts again on receipt of the "
                    + "corrected application, so no due date runs meanwhile."));
            return new Deadline(null, "Art. 30", null, false, 0, steps, noticeLatest);
        }

        LocalDate trigger;
        String triggerRule;
        if (facts.correctionReceivedOn() != null) {
            trigger = facts.correctionReceivedOn();
            triggerRule = "Art. 30: the reply period runs from receipt of the corrected application";
        } else {
            trigger = facts.receivedOn();
            triggerRule = "Art. 31 / Art. 33 ¶2: the reply period runs from receipt of the application";
        }

        // Step 1: 20 working days after the trigger; the trigger day itself is not counted (D.2 rule 2).
        WorkingDaySpan reply = cal.addWorkingDays(trigger, REPLY_PERIOD);
        steps.add(step("REPLY_PERIOD", "Art. 33 ¶2", reply, "20 working days after " + trigger
                + " (the trigger day is not counted; holidays skipped, make-up days counted)"));
        LocalDate due = reply.end();
        boolean provisional = reply.provisional();
        int counted = REPLY_PERIOD;

        // Step 2: time spent consulting third parties is not counted (Art. 33 ¶3).
        for (Consultation c : facts.consultations()) {
            if (c.sentOn().isBefore(trigger)) {
                continue; // superseded: the clock restarted after this consultation
            }
            LocalDate limit = consultationAnswerLimit(c.sentOn());
            boolean open = c.repliedOn() == null;
            LocalDate end = open || c.repliedOn().isAfter(limit) ? limit : c.repliedOn();
            int paused = cal.workingDaysBetween(c.sentOn(), end);
            if (paused == 0) {
                continue;
            }
            WorkingDaySpan span = cal.addWorkingDays(due, paused);
            String why = "Consultation letter sent " + c.sentOn() + ", "
                    + (open ? "no reply yet: the full answer period to " + limit + " (Art. 32) is assumed"
                    : c.repliedOn().isAfter(limit) ? "answer period ended " + limit + " (Art. 32) before the reply"
                    : "reply received " + c.repliedOn())
                    + "; " + paused + " working days not counted, added to the deadline";
            steps.add(step("CONSULTATION_PAUSE", "Art. 33 ¶3; Art. 32", span, why));
            due = span.end();
            provisional |= span.provisional();
            counted += paused;
        }

        // Step 2b: a fee notice pauses the clock until payment (国办函〔2020〕109号; see regulation.md A.3.1 —
        // the tolling rule is not verified against the original text, so the explanation says so).
        if (facts.fee() != null && !facts.fee().notifiedOn().isBefore(trigger)) {
            ClockFacts.FeeNotice fee = facts.fee();
            boolean unpaid = fee.paidOn() == null;
            LocalDate end = unpaid || fee.paidOn().isAfter(fee.payBy()) ? fee.payBy() : fee.paidOn();
            int paused = cal.workingDaysBetween(fee.notifiedOn(), end);
            if (paused > 0) {
                WorkingDaySpan span = cal.addWorkingDays(due, paused);
                steps.add(step("FEE_PAUSE", "Art. 42; 国办函〔2020〕109号 (tolling unverified)", span,
                        "Fee notice sent " + fee.notifiedOn() + ", " + (unpaid
                                ? "not paid yet: the payment period to " + fee.payBy() + " is assumed"
                                : "paid " + fee.paidOn()) + "; " + paused + " working days not counted"));
                due = span.end();
                provisional |= span.provisional();
                counted += paused;
            }
        }

        // Step 3: the one extension, counted on from the deadline it extends (D.2 rule 5).
        if (facts.extension() != null) {
            WorkingDaySpan span = cal.addWorkingDays(due, facts.extension().workingDays());
            steps.add(step("EXTENSION", "Art. 33 ¶2", span, "Extension of " + facts.extension().workingDays()
                    + " working days approved on " + facts.extension().approvedOn()
                    + ", counted on from the deadline " + due));
            due = span.end();
            provisional |= span.provisional();
            counted += facts.extension().workingDays();
        }
        return new Deadline(trigger, triggerRule, due, provisional, counted, List.copyOf(steps), noticeLatest);
    }

    /** Art. 30: a correction may be requested once, within 7 working days of receipt. Empty when allowed. */
    public Optional<String> correctionRefusal(ClockFacts facts, LocalDate today) {
        if (facts.correctionRequestedOn() != null) {
            return Optional.of("A correction may be requested only once (Art. 30).");
        }
        LocalDate latest = correctionNoticeLatest(facts.receivedOn());
        if (today.isAfter(latest)) {
            return Optional.of("The correction notice was due by " + latest
                    + " (7 working days after receipt, Art. 30).");
        }
        return Optional.empty();
    }

    /** Art. 33 ¶2: one extension, 1–20 working days, approved on or before the current due date. */
    public Optional<String> extensionRefusal(ClockFacts facts, int workingDays, LocalDate today) {
        if (facts.extension() != null) {
            return Optional.of("The reply period may be extended only once (Art. 33 ¶2).");
        }
        if (workingDays < 1 || workingDays > MAX_EXTENSION) {
            return Optional.of("An extension is 1 to 20 working days (Art. 33 ¶2).");
        }
        Deadline current = compute(facts);
        if (current.dueDate() == null) {
            return Optional.of("No reply period is running.");
        }
        if (today.isAfter(current.dueDate())) {
            return Optional.of("The extension must be approved before the deadline " + current.dueDate()
                    + " expires (Art. 33 ¶2).");
        }
        return Optional.empty();
    }

    private static Deadline.Step step(String rule, String article, WorkingDaySpan span, String explanation) {
        return new Deadline.Step(rule, article, span.trigger(), span.end(), span.workingDays(),
                span.holidaysSkipped(), span.makeUpDaysCounted(), explanation);
    }
}
