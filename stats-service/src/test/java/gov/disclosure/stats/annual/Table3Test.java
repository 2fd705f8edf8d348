package gov.disclosure.stats.annual;

import gov.disclosure.stats.readmodel.RequestView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class Table3Test {

    /** The seed's first hand-written report: 258 results "of which" 152 + 65 + 39 + 18 = 274. */
    @Test
    void handWrittenReportWhoseResultsDoNotAddUpFailsTheResultsTotalIdentity() {
        Map<String, Long> natural = Map.of("new_received", 250L, "carried_over_from_last_year", 8L, "granted", 152L,
                "partially_granted", 65L, "unable_not_held", 39L, "not_processed_duplicate", 18L,
                "results_total", 258L, "carried_forward_to_next_year", 0L);
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        natural.forEach((row, v) -> cells.put(row, Map.of("natural_person", v, "total", v)));

        List<IdentityCheck> failed = Table3.printed(cells).checks().stream().filter(c -> !c.holds()).toList();

        assertThat(failed).extracting(IdentityCheck::id)
                .containsExactlyInAnyOrder("results_total.natural_person", "results_total.total");
        assertThat(failed.get(0).left()).isEqualTo(258);
        assertThat(failed.get(0).right()).isEqualTo(274);
        // the printed balance (一+二 = 三+四) alone would not have caught it
        assertThat(Table3.printed(cells).checks()).filteredOn(c -> c.id().equals("balance.total"))
                .allMatch(IdentityCheck::holds);
    }

    @Test
    void columnTotalThatDiffersFromTheApplicantColumnsFailsTheColumnIdentity() {
        Map<String, Map<String, Long>> cells = Map.of(
                "new_received", Map.of("natural_person", 3L, "org_commercial", 2L, "total", 4L),
                "results_total", Map.of("natural_person", 3L, "org_commercial", 2L, "total", 4L),
                "granted", Map.of("natural_person", 3L, "org_commercial", 2L, "total", 4L));
        assertThat(Table3.printed(cells).checks()).filteredOn(c -> !c.holds()).extracting(IdentityCheck::id)
                .contains("column_total.new_received", "column_total.results_total", "column_total.granted")
                .doesNotContain("balance.natural_person");
    }

    /**
     * A scripted year computed by hand: A carried over and granted, B closed the year before, C new and partly
     * granted, D withdrawn (→ 其他), E and F open on 31 December (F answered next year), G next year, H open for two
     * years.
     */
    @Test
    void scriptedYearGivesTheHandComputedTable() {
        List<RequestView> requests = List.of(
                req("A", "NATURAL_PERSON", "2024-12-20", "RESPONDED", "GRANTED", "2025-01-10"),
                req("B", "ORG_COMMERCIAL", "2024-11-01", "RESPONDED", "GRANTED", "2024-12-01"),
                req("C", "NATURAL_PERSON", "2025-03-01", "RESPONDED", "PARTIALLY_GRANTED", "2025-03-20"),
                withdrawn("D", "ORG_RESEARCH", "2025-05-01", "2025-05-10"),
                req("E", "ORG_LEGAL_SERVICE", "2025-12-20", "RECEIVED", null, null),
                req("F", "ORG_PUBLIC_WELFARE", "2025-12-25", "RESPONDED", "DENIED_STATE_SECRET", "2026-01-05"),
                req("G", "ORG_OTHER", "2026-01-02", "RECEIVED", null, null),
                req("H", "NATURAL_PERSON", "2024-06-01", "RECEIVED", null, null));

        Table3 t = Table3Calculator.forYear(2025, requests);

        assertThat(t.value("new_received", "natural_person")).isEqualTo(1);
        assertThat(t.value("new_received", "org_research")).isEqualTo(1);
        assertThat(t.value("new_received", "org_legal_service")).isEqualTo(1);
        assertThat(t.value("new_received", "org_public_welfare")).isEqualTo(1);
        assertThat(t.value("new_received", "org_other")).isZero();
        assertThat(t.value("new_received", "total")).isEqualTo(4);
        assertThat(t.value("carried_over_from_last_year", "natural_person")).isEqualTo(2);
        assertThat(t.value("carried_over_from_last_year", "total")).isEqualTo(2);
        assertThat(t.value("granted", "natural_person")).isEqualTo(1);
        assertThat(t.value("partially_granted", "natural_person")).isEqualTo(1);
        assertThat(t.value("other_misc", "org_research")).isEqualTo(1);
        assertThat(t.value("denied_state_secret", "total")).isZero();
        assertThat(t.value("other", "total")).isEqualTo(1);
        assertThat(t.value("results_total", "total")).isEqualTo(3);
        assertThat(t.value("carried_forward_to_next_year", "natural_person")).isEqualTo(1);
        assertThat(t.value("carried_forward_to_next_year", "total")).isEqualTo(3);
        assertThat(t.checks()).allMatch(IdentityCheck::holds);
        assertThat(t.continuityWith(Table3Calculator.forYear(2024, requests))).allMatch(IdentityCheck::holds);
    }

    @Test
    void yearWithNoActivityIsAllZeroAndConsistent() {
        Table3 t = Table3Calculator.forYear(2030, List.of(req("A", "NATURAL_PERSON", "2031-01-05", "RECEIVED", null, null)));
        Table3.ROWS.forEach(r -> Table3.COLUMNS.forEach(c -> assertThat(t.value(r.code(), c.code())).isZero()));
        assertThat(t.checks()).isNotEmpty().allMatch(IdentityCheck::holds);
    }

    @Test
    void table4TotalsAreTheSumOfTheirParts() {
        Map<String, Long> cells = Table4.withTotals(Map.of("review_upheld", 2L, "review_corrected", 1L,
                "litigation_after_review_pending", 4L));
        assertThat(cells).hasSize(15).containsEntry("review_total", 3L).containsEntry("litigation_after_review_total", 4L)
                .containsEntry("litigation_direct_total", 0L);
        Map<String, Long> wrong = new LinkedHashMap<>(cells);
        wrong.put("review_total", 4L);
        assertThat(Table4.checks(wrong)).filteredOn(c -> !c.holds()).extracting(IdentityCheck::id)
                .containsExactly("review_total");
    }

    private static RequestView req(String id, String type, String received, String status, String outcome,
                                   String responded) {
        LocalDate r = LocalDate.parse(received);
        LocalDate resp = responded == null ? null : LocalDate.parse(responded);
        return new RequestView(id, "city-health", "T-" + id, type, "ONLINE", status, r, r.plusDays(28), outcome,
                resp, resp, 1, false, false, 0);
    }

    private static RequestView withdrawn(String id, String type, String received, String closed) {
        LocalDate r = LocalDate.parse(received);
        return new RequestView(id, "city-health", "T-" + id, type, "ONLINE", "WITHDRAWN", r, r.plusDays(28), null,
                null, LocalDate.parse(closed), 2, false, false, 0);
    }
}
