package gov.disclosure.workingdays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    /** The worked examples of regulation.md D.2, computed from the official notices. */
    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2022-09-30, 20, 2022-11-02",
            "2025-09-30, 20, 2025-11-04",
            "2025-09-30, 40, 2025-12-02",
            "2026-02-13, 7, 2026-03-02",
            "2026-02-13, 20, 2026-03-19",
            "2024-12-31, 20, 2025-02-05",
            "2026-09-30, 20, 2026-11-03",
            "2026-09-30, 40, 2026-12-01"
    })
    void workedExamplesOfTheRegulationNotes(LocalDate trigger, int days, LocalDate expected) {
        WorkingDayCalendar.WorkingDaySpan span = calendar.addWorkingDays(trigger, days);
        assertThat(span.end()).isEqualTo(expected);
        assertThat(span.provisional()).isFalse();
    }

    @Test
    void receiptDayIsNotCountedEvenWhenItIsAWorkingDay() {
        // Monday 2026-03-02 is a working day; day 1 is Tuesday.
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-03-02"), 1).end())
                .isEqualTo(LocalDate.parse("2026-03-03"));
    }

    @Test
    void makeUpSaturdaysCountAndHolidaysAreNamed() {
        WorkingDayCalendar.WorkingDaySpan span = calendar.addWorkingDays(LocalDate.parse("2025-09-30"), 20);
        assertThat(span.makeUpDaysCounted()).contains(LocalDate.parse("2025-10-11"));
        assertThat(span.holidaysSkipped()).extracting(WorkingDayCalendar.HolidayMet::date)
                .contains(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-08"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-11"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
        assertThat(calendar.holidayName(LocalDate.parse("2025-10-01"))).contains("国庆节");
    }

    @Test
    void datesBeyondTheLoadedNoticesAreProvisional() {
        WorkingDayCalendar.WorkingDaySpan span = calendar.addWorkingDays(LocalDate.parse("2026-12-15"), 20);
        assertThat(span.provisional()).isTrue();
        assertThat(calendar.covers(LocalDate.parse("2027-01-04"))).isFalse();
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAdding() {
        LocalDate trigger = LocalDate.parse("2026-02-13");
        LocalDate due = calendar.addWorkingDays(trigger, 20).end();
        assertThat(calendar.workingDaysBetween(trigger, due)).isEqualTo(20);
    }

    @Test
    void aNewNoticeIsLoadedAsData() throws Exception {
        String json = "{\"2027\":{\"holidays\":[{\"name\":\"元旦\",\"dates\":[\"2027-01-01\"]}],"
                + "\"workdays\":[\"2027-01-09\"]}}";
        WorkingDayCalendar next = WorkingDayCalendar.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(next.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(next.isWorkingDay(LocalDate.parse("2027-01-09"))).isTrue();
        assertThat(next.covers(LocalDate.parse("2027-06-01"))).isTrue();
    }

    @Test
    void aNewYearsNoticeIsAddedWithoutLosingTheOthersAndACorrectionReplacesItsYear() throws Exception {
        WorkingDayCalendar notice2027 = WorkingDayCalendar.fromJson(new ByteArrayInputStream(
                "{\"2027\":{\"holidays\":[{\"name\":\"元旦\",\"dates\":[\"2027-01-01\"]}],\"workdays\":[]}}"
                        .getBytes(StandardCharsets.UTF_8)));
        WorkingDayCalendar merged = calendar.with(notice2027);
        assertThat(merged.years()).contains(2022, 2026, 2027);
        assertThat(merged.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(merged.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
        WorkingDayCalendar corrected2026 = WorkingDayCalendar.fromJson(new ByteArrayInputStream(
                "{\"2026\":{\"holidays\":[],\"workdays\":[]}}".getBytes(StandardCharsets.UTF_8)));
        WorkingDayCalendar replaced = merged.with(corrected2026);
        assertThat(replaced.isWorkingDay(LocalDate.parse("2026-10-01"))).as("2026 taken whole from the correction")
                .isTrue();
        assertThat(replaced.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
    }

    @Test
    void rejectsEmptyCalendarsAndNegativeCounts() {
        assertThatThrownBy(() -> WorkingDayCalendar.fromJson(new ByteArrayInputStream("{}".getBytes())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2026-01-05"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
