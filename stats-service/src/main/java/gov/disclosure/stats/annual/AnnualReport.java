package gov.disclosure.stats.annual;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The annual report (国办公开办函〔2021〕30号) of one agency, or of the city (the sum of its agencies).
 * Row and column codes are those of regulation.md B; labels are the official Chinese wording.
 */
public record AnnualReport(int year, String agency, String scope, String title, List<String> agencies,
                           Instant generatedAt, Parts parts, Table2View table2, Table3View table3,
                           Table4View table4, List<IdentityCheck> identities, boolean identitiesHold) {

    /** 一 总体情况, 五 存在的主要问题及改进情况 (with last year's for follow-up), 六 其他需要报告的事项. */
    public record Parts(EnteredFigures.Text overview, EnteredFigures.Text problemsImprovements,
                        EnteredFigures.Text previousYearProblems, EnteredFigures.Text otherMatters) {
    }

    public record Table2View(String title, List<Block> blocks) {
        public record Block(String header, List<Table2.Column> columns, List<Row> rows) {
        }

        public record Row(String code, String label, Map<String, Cell> cells) {
        }
    }

    public record Table3View(String title, String note, List<Table3.Column> columns, List<Row> rows) {
        public record Row(String code, String label, boolean group, Map<String, Long> values) {
        }
    }

    /** @param cells the fifteen figures (totals derived); {@code appealsRecordedOnPlatform} is a cross-check only */
    public record Table4View(String title, Map<String, Long> cells, String source, long appealsRecordedOnPlatform) {
    }
}
