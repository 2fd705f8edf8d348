package gov.disclosure.stats.annual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Table 四 (政府信息公开行政复议、行政诉讼情况): three groups of 结果维持/结果纠正/其他结果/尚未审结 + 总计. */
public final class Table4 {
    public record Group(String prefix, String label) {
    }

    public static final List<Group> GROUPS = List.of(new Group("review", "行政复议"),
            new Group("litigation_direct", "行政诉讼 — 未经复议直接起诉"),
            new Group("litigation_after_review", "行政诉讼 — 复议后起诉"));
    public static final List<String> PARTS = List.of("upheld", "corrected", "other", "pending");
    public static final Map<String, String> PART_LABELS = Map.of("upheld", "结果维持", "corrected", "结果纠正",
            "other", "其他结果", "pending", "尚未审结", "total", "总计");

    private Table4() {
    }

    /** The twelve codes an agency admin enters; the three totals are derived. */
    public static List<String> enteredCodes() {
        List<String> codes = new ArrayList<>();
        GROUPS.forEach(g -> PARTS.forEach(p -> codes.add(g.prefix() + "_" + p)));
        return codes;
    }

    /** All fifteen cells in printed order, totals derived from the parts. */
    public static Map<String, Long> withTotals(Map<String, Long> entered) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Group g : GROUPS) {
            long total = 0;
            for (String p : PARTS) {
                long v = entered.getOrDefault(g.prefix() + "_" + p, 0L);
                all.put(g.prefix() + "_" + p, v);
                total += v;
            }
            all.put(g.prefix() + "_total", total);
        }
        return all;
    }

    public static List<IdentityCheck> checks(Map<String, Long> cells) {
        return GROUPS.stream().map(g -> IdentityCheck.of(g.prefix() + "_total", g.label() + "：总计 = 维持 + 纠正 + 其他 + 尚未审结",
                cells.getOrDefault(g.prefix() + "_total", 0L),
                PARTS.stream().mapToLong(p -> cells.getOrDefault(g.prefix() + "_" + p, 0L)).sum())).toList();
    }
}
