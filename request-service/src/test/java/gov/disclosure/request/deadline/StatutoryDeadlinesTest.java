package gov.disclosure.request.deadline;

import gov.disclosure.request.deadline.ClockFacts.Consultation;
import gov.disclosure.request.deadline.ClockFacts.Extension;
import gov.disclosure.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected dates are computed by hand from the State Council notices (regulation.md C, D.2), not with the code under
 * test. Comments show the count.
 */
class StatutoryDeadlinesTest {
    private final StatutoryDeadlines rules = new StatutoryDeadlines(WorkingDayCalendar::bundled);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** regulation.md D.2 worked examples: reply period (Art. 33 ¶2), with and without the 20-day extension. */
    @ParameterizedTest(name = "received {0}: due {1}, extended by 20 → {2}")
    @CsvSource({
            "2022-09-30, 2022-11-02, 2022-11-30",  // National Day 10-01..07 skipped, make-up Sat/Sun 10-08/09 count
            "2025-09-30, 2025-11-04, 2025-12-02",  // day 1 = 10-09; make-up Sat 10-11 counts
            "2026-02-13, 2026-03-19, 2026-04-17",  // Spring Festival 02-15..23; make-up Sat 02-14 and 02-28 count
            "2024-12-31, 2025-02-05, 2025-03-04",  // across the year; make-up Sun 01-26 and (extension) Sat 02-08 count
            "2026-09-30, 2026-11-03, 2026-12-01"   // National Day 10-01..07; make-up Sat 10-10 counts
    })
    void replyIsDueTwentyWorkingDaysAfterReceiptAndExtensionCountsOnFromTheDeadline(LocalDate received,
                                                                                 LocalDate due,
                                                                                 LocalDate extended) {
        ClockFacts facts = ClockFacts.received(received);
        assertThat(rules.compute(facts).dueDate()).isEqualTo(due);
        Deadline withExtension = rules.compute(facts.withExtension(new Extension(20, received)));
        assertThat(withExtension.dueDate()).isEqualTo(extended);
        assertThat(withExtension.countedWorkingDays()).isEqualTo(40);
        assertThat(withExtension.steps()).extracting(Deadline.Step::rule).containsExactly("REPLY_PERIOD", "EXTENSION");
    }

    @Test
    void correctionNoticeIsDueSevenWorkingDaysAfterReceipt() {
        // D.2: 2026-02-13 (Fri) + 7 wd: 02-14 Sat make-up (1), holiday 02-15..23, 02-24..27 (2-5), 02-28 Sat (6), 03-02 (7)
        assertThat(rules.correctionNoticeLatest(d("2026-02-13"))).isEqualTo(d("2026-03-02"));
    }

    @Test
    void theReceiptDayIsNeverCountedAndTheStepsNameHolidaysAndMakeUpDays() {
        Deadline deadline = rules.compute(ClockFacts.received(d("2026-02-13")));
        Deadline.Step reply = deadline.steps().get(0);
        assertThat(deadline.trigger()).isEqualTo(d("2026-02-13"));
        assertThat(reply.article()).isEqualTo("Art. 33 ¶2");
        assertThat(reply.makeUpDaysCounted()).containsExactly(d("2026-02-14"), d("2026-02-28"));
        assertThat(reply.holidaysMet()).hasSize(9).allSatisfy(h -> assertThat(h.name()).isEqualTo("春节"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void correctionStopsTheClockAndItRestartsFromReceiptOfTheCorrectedApplication() {
        ClockFacts requested = ClockFacts.received(d("2026-02-13")).withCorrectionRequested(d("2026-02-26"));
        Deadline waiting = rules.compute(requested);
        assertThat(waiting.dueDate()).isNull();
        assertThat(waiting.steps()).extracting(Deadline.Step::rule).containsExactly("AWAITING_CORRECTION");

        // corrected 2026-03-02 (Mon): 03-03..06 (4), 09..13 (9), 16..20 (14), 23..27 (19), 03-30 (20)
        Deadline restarted = rules.compute(requested.withCorrectionReceived(d("2026-03-02")));
        assertThat(restarted.trigger()).isEqualTo(d("2026-03-02"));
        assertThat(restarted.triggerRule()).startsWith("Art. 30");
        assertThat(restarted.dueDate()).isEqualTo(d("2026-03-30"));
    }

    @Test
    void correctionMayBeRequestedOnlyOnceAndOnlyWithinSevenWorkingDays() {
        ClockFacts facts = ClockFacts.received(d("2026-02-13"));
        assertThat(rules.correctionRefusal(facts, d("2026-03-02"))).isEmpty();
        assertThat(rules.correctionRefusal(facts, d("2026-03-03"))).get().asString().contains("2026-03-02");
        assertThat(rules.correctionRefusal(facts.withCorrectionRequested(d("2026-02-24")), d("2026-02-25")))
                .get().asString().contains("only once");
    }

    @Test
    void consultationTimeIsNotCounted() {
        // received 2026-03-02, base due 03-30. Letter 03-04, reply 03-11: 03-05, 06, 09, 10, 11 = 5 wd paused.
        // 03-30 + 5: 03-31, 04-01, 04-02, 04-03, (Qingming 04-04..06), 04-07.
        ClockFacts facts = ClockFacts.received(d("2026-03-02"))
                .withConsultation(new Consultation(d("2026-03-04"), d("2026-03-11")));
        Deadline deadline = rules.compute(facts);
        assertThat(deadline.dueDate()).isEqualTo(d("2026-04-07"));
        assertThat(deadline.countedWorkingDays()).isEqualTo(25);
        Deadline.Step pause = deadline.steps().get(1);
        assertThat(pause.rule()).isEqualTo("CONSULTATION_PAUSE");
        assertThat(pause.workingDays()).isEqualTo(5);
        assertThat(pause.holidaysMet()).extracting(h -> h.date())
                .containsExactly(d("2026-04-04"), d("2026-04-05"), d("2026-04-06"));

        // and an extension of 20 counts on from 04-07: 04-08..10 (3), 13..17 (8), 20..24 (13), 27..30 (17),
        // (Labour Day 05-01..05), 05-06 (18), 05-07 (19), 05-08 (20)
        assertThat(rules.compute(facts.withExtension(new Extension(20, d("2026-03-20")))).dueDate())
                .isEqualTo(d("2026-05-08"));
    }

    @Test
    void anUnansweredConsultationPausesAtMostTheThirdPartysFifteenWorkingDays() {
        // letter 03-04 + 15 wd = 03-25 (03-05..06, 09..13, 16..20, 23..25); 03-30 + 15 wd: 03-31..04-03 (4),
        // 04-07..10 (8), 04-13..17 (13), 04-20 (14), 04-21 (15)
        LocalDate expected = d("2026-04-21");
        ClockFacts open = ClockFacts.received(d("2026-03-02"))
                .withConsultation(new Consultation(d("2026-03-04"), null));
        assertThat(rules.consultationAnswerLimit(d("2026-03-04"))).isEqualTo(d("2026-03-25"));
        assertThat(rules.compute(open).dueDate()).isEqualTo(expected);
        ClockFacts lateReply = ClockFacts.received(d("2026-03-02"))
                .withConsultation(new Consultation(d("2026-03-04"), d("2026-04-01")));
        assertThat(rules.compute(lateReply).dueDate()).isEqualTo(expected);
    }

    @Test
    void aFeeNoticePausesTheClockUntilPaymentOrTheEndOfThePaymentPeriod() {
        ClockFacts received = ClockFacts.received(d("2026-03-02")); // due 03-30
        // paid 03-11: 5 wd paused, as for a consultation → 04-07
        assertThat(rules.compute(received.withFee(new ClockFacts.FeeNotice(d("2026-03-04"), d("2026-04-01"),
                d("2026-03-11")))).dueDate()).isEqualTo(d("2026-04-07"));
        // unpaid: pay-by = 03-04 + 20 wd = 04-01 (03-05..06, 09..13, 16..20, 23..27, 30, 31, 04-01); 20 wd paused;
        // 03-30 + 20: 03-31..04-03 (4), 04-07..10 (8), 13..17 (13), 20..24 (18), 27, 28 (20)
        assertThat(rules.addWorkingDays(d("2026-03-04"), StatutoryDeadlines.FEE_PAYMENT_PERIOD))
                .isEqualTo(d("2026-04-01"));
        Deadline unpaid = rules.compute(received.withFee(new ClockFacts.FeeNotice(d("2026-03-04"), d("2026-04-01"),
                null)));
        assertThat(unpaid.dueDate()).isEqualTo(d("2026-04-28"));
        assertThat(unpaid.steps()).extracting(Deadline.Step::rule).containsExactly("REPLY_PERIOD", "FEE_PAUSE");
    }

    @Test
    void extensionOnceAtMostTwentyAndOnlyUpToTheDeadline() {
        ClockFacts facts = ClockFacts.received(d("2026-02-13")); // due 2026-03-19
        assertThat(rules.extensionRefusal(facts, 20, d("2026-03-19"))).isEmpty();
        assertThat(rules.extensionRefusal(facts, 20, d("2026-03-20"))).get().asString().contains("before");
        assertThat(rules.extensionRefusal(facts, 21, d("2026-03-01"))).get().asString().contains("1 to 20");
        assertThat(rules.extensionRefusal(facts.withExtension(new Extension(5, d("2026-03-01"))), 5,
                d("2026-03-02"))).get().asString().contains("only once");
    }

    @Test
    void aDueDateBeyondTheLoadedNoticesIsProvisional() throws Exception {
        WorkingDayCalendar only2026 = WorkingDayCalendar.fromJson(new ByteArrayInputStream(
                "{\"2026\": {\"holidays\": [], \"workdays\": []}}".getBytes(StandardCharsets.UTF_8)));
        StatutoryDeadlines partial = new StatutoryDeadlines(() -> only2026);
        Deadline deadline = partial.compute(ClockFacts.received(d("2026-12-15")));
        // weekends only: 12-16..18 (3), 21..25 (8), 28..31 (12), 2027-01-01 (13), 04..08 (18), 11, 12 (20)
        assertThat(deadline.dueDate()).isEqualTo(d("2027-01-12"));
        assertThat(deadline.provisional()).isTrue();
    }

    @Test
    void workingDaysLeftCountsForwardAndGoesNegativeOnceOverdue() {
        assertThat(rules.workingDaysLeft(d("2026-03-16"), d("2026-03-19"))).isEqualTo(3);
        assertThat(rules.workingDaysLeft(d("2026-03-19"), d("2026-03-19"))).isZero();
        assertThat(rules.workingDaysLeft(d("2026-03-23"), d("2026-03-19"))).isEqualTo(-2);
    }
}
