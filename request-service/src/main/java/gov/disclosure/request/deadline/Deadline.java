package gov.disclosure.request.deadline;

import gov.disclosure.workingdays.WorkingDayCalendar.HolidayMet;

import java.time.LocalDate;
import java.util.List;

/**
 * The current reply deadline and how it was reached, step by step.
 *
 * @param trigger             the day the reply period runs from (never counted itself)
 * @param triggerRule         why that day (article)
 * @param dueDate             the last day to reply; null while the clock is stopped awaiting a correction
 * @param provisional         some counted day lies in a year whose holiday notice is not loaded yet
 * @param countedWorkingDays  total working days counted after the trigger (20 + pauses + extension)
 * @param steps               each rule applied, in order
 * @param correctionNoticeLatest the last day a correction notice may be sent (Art. 30), from the original receipt
 */
public record Deadline(LocalDate trigger, String triggerRule, LocalDate dueDate, boolean provisional,
                       int countedWorkingDays, List<Step> steps, LocalDate correctionNoticeLatest) {

    public boolean overdue(LocalDate today) {
        return dueDate != null && today.isAfter(dueDate);
    }

    /**
     * One rule applied: counting {@code workingDays} working days after {@code from} ends on {@code to}.
     *
     * @param rule  REPLY_PERIOD, CONSULTATION_PAUSE, EXTENSION or AWAITING_CORRECTION
     */
    public record Step(String rule, String article, LocalDate from, LocalDate to, int workingDays,
                       List<HolidayMet> holidaysMet, List<LocalDate> makeUpDaysCounted, String explanation) {
    }
}
