package gov.disclosure.stats.annual;

import gov.disclosure.stats.readmodel.RequestView;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Table 三 of a calendar year from the requests' latest states:
 * 一 received in the year; 二 received earlier and still open on 1 January; 三 closed within the year (by outcome
 * row, withdrawn or closed without an outcome → （六）3 其他); 四 received by 31 December and still open then.
 */
public final class Table3Calculator {
    private Table3Calculator() {
    }

    public static Table3 forYear(int year, List<RequestView> requests) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<String, Map<String, Long>> leaves = new HashMap<>();
        for (RequestView r : requests) {
            if (r.receivedOn() == null || r.receivedOn().isAfter(last)) {
                continue;
            }
            String column = column(r.applicantType());
            boolean openOnFirst = r.closedOn() == null || !r.closedOn().isBefore(first);
            if (r.receivedOn().isBefore(first)) {
                if (!openOnFirst) {
                    continue;
                }
                add(leaves, "carried_over_from_last_year", column);
            } else {
                add(leaves, "new_received", column);
            }
            if (r.closedBy(last)) {
                add(leaves, resultRow(r), column);
            } else {
                add(leaves, "carried_forward_to_next_year", column);
            }
        }
        return Table3.fromLeaves(leaves);
    }

    static String resultRow(RequestView r) {
        String row = r.outcome() == null ? "other_misc" : r.outcome().toLowerCase(Locale.ROOT);
        return Table3.RESULT_ROWS.contains(row) ? row : "other_misc";
    }

    static String column(String applicantType) {
        String col = applicantType == null ? "org_other" : applicantType.toLowerCase(Locale.ROOT);
        return Table3.APPLICANT_COLUMNS.stream().anyMatch(c -> c.code().equals(col)) ? col : "org_other";
    }

    private static void add(Map<String, Map<String, Long>> leaves, String row, String column) {
        leaves.computeIfAbsent(row, k -> new HashMap<>()).merge(column, 1L, Long::sum);
    }
}
