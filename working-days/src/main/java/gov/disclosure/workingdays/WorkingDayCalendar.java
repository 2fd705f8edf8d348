package gov.disclosure.workingdays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official working-day calendar (regulation.md D.2 rule 1): Monday to Friday, minus the State Council's official
 * holidays, plus its make-up working days (调休上班). Immutable; load a new instance when a new year's notice arrives.
 */
public final class WorkingDayCalendar {
    private static final String BUNDLED = "cn-holidays.json";

    private final Map<LocalDate, String> holidays;
    private final SortedSet<LocalDate> makeUpWorkdays;
    private final SortedSet<Integer> years;

    private WorkingDayCalendar(Map<LocalDate, String> holidays, SortedSet<LocalDate> makeUpWorkdays,
                               SortedSet<Integer> years) {
        this.holidays = Collections.unmodifiableMap(holidays);
        this.makeUpWorkdays = Collections.unmodifiableSortedSet(makeUpWorkdays);
        this.years = Collections.unmodifiableSortedSet(years);
    }

    /** The calendar bundled with this library (a copy of the shared {@code cn-holidays.json}). */
    public static WorkingDayCalendar bundled() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED)) {
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the {@code cn-holidays.json} format: {@code {"2026": {"holidays": [{"name", "dates": [...]}],
     * "workdays": [...]}}}.
     */
    public static WorkingDayCalendar fromJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new IllegalArgumentException("calendar JSON must be an object keyed by year");
        }
        Map<LocalDate, String> holidays = new TreeMap<>();
        SortedSet<LocalDate> workdays = new TreeSet<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (Map.Entry<String, JsonNode> year : root.properties()) {
            int y = Integer.parseInt(year.getKey());
            years.add(y);
            for (JsonNode holiday : year.getValue().path("holidays")) {
                String name = holiday.path("name").asText();
                for (JsonNode date : holiday.path("dates")) {
                    holidays.put(LocalDate.parse(date.asText()), name);
                }
            }
            for (JsonNode date : year.getValue().path("workdays")) {
                workdays.add(LocalDate.parse(date.asText()));
            }
        }
        return new WorkingDayCalendar(holidays, workdays, years);
    }

    /**
     * This calendar with {@code notices} laid over it: every year {@code notices} covers is taken from it whole
     * (a corrected notice replaces the old one), every other year stays as it was.
     */
    public WorkingDayCalendar with(WorkingDayCalendar notices) {
        Map<LocalDate, String> mergedHolidays = new TreeMap<>();
        holidays.forEach((d, name) -> {
            if (!notices.years.contains(d.getYear())) {
                mergedHolidays.put(d, name);
            }
        });
        mergedHolidays.putAll(notices.holidays);
        SortedSet<LocalDate> mergedWorkdays = new TreeSet<>();
        makeUpWorkdays.stream().filter(d -> !notices.years.contains(d.getYear())).forEach(mergedWorkdays::add);
        mergedWorkdays.addAll(notices.makeUpWorkdays);
        SortedSet<Integer> mergedYears = new TreeSet<>(years);
        mergedYears.addAll(notices.years);
        return new WorkingDayCalendar(mergedHolidays, mergedWorkdays, mergedYears);
    }

    public SortedSet<Integer> years() {
        return years;
    }

    /** Whether the official notice for this date's year is loaded; beyond it only weekends are known. */
    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        if (holidays.containsKey(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The official holiday's name, or null. */
    public String holidayName(LocalDate date) {
        return holidays.get(date);
    }

    public boolean isMakeUpWorkday(LocalDate date) {
        return makeUpWorkdays.contains(date);
    }

    /**
     * The {@code n}-th working day after {@code trigger} (D.2 rule 2: the trigger day itself is never counted), with
     * the holidays skipped and make-up days counted on the way, and whether any day on the way lies beyond the loaded
     * notices (then the date is provisional).
     */
    public WorkingDaySpan addWorkingDays(LocalDate trigger, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        List<HolidayMet> holidaysMet = new ArrayList<>();
        List<LocalDate> makeUpDays = new ArrayList<>();
        boolean provisional = false;
        LocalDate day = trigger;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            provisional |= !covers(day);
            if (isWorkingDay(day)) {
                counted++;
                if (makeUpWorkdays.contains(day)) {
                    makeUpDays.add(day);
                }
            } else if (holidays.containsKey(day)) {
                holidaysMet.add(new HolidayMet(day, holidays.get(day)));
            }
        }
        return new WorkingDaySpan(trigger, n, day, provisional, List.copyOf(holidaysMet), List.copyOf(makeUpDays));
    }

    /** Working days in the half-open range (from, to]: how many working days after {@code from} up to {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** An official holiday met while counting. */
    public record HolidayMet(LocalDate date, String name) {
    }

    /**
     * The result of counting: {@code end} is the {@code workingDays}-th working day after {@code trigger}.
     *
     * @param provisional some counted day lies in a year whose official notice is not loaded yet
     */
    public record WorkingDaySpan(LocalDate trigger, int workingDays, LocalDate end, boolean provisional,
                                 List<HolidayMet> holidaysSkipped, List<LocalDate> makeUpDaysCounted) {
    }
}
