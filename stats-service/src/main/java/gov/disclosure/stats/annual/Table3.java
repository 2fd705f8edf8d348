package gov.disclosure.stats.annual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三 (收到和处理政府信息公开申请情况) as printed: every row × column cell, including the printed totals, so that
 * the 勾稽 identities can be checked on any table — one computed from requests, or one typed by hand.
 */
public final class Table3 {
    public record Column(String code, String label) {
    }

    /** @param group rows that carry no number of their own in the official layout (their subtotal is derived) */
    public record Row(String code, String label, boolean group) {
    }

    public static final List<Column> APPLICANT_COLUMNS = List.of(
            new Column("natural_person", "自然人"),
            new Column("org_commercial", "商业企业"),
            new Column("org_research", "科研机构"),
            new Column("org_public_welfare", "社会公益组织"),
            new Column("org_legal_service", "法律服务机构"),
            new Column("org_other", "其他"));
    public static final Column TOTAL = new Column("total", "总计");
    public static final List<Column> COLUMNS;

    static {
        List<Column> all = new ArrayList<>(APPLICANT_COLUMNS);
        all.add(TOTAL);
        COLUMNS = List.copyOf(all);
    }

    public static final List<Row> ROWS = List.of(
            new Row("new_received", "一、本年新收政府信息公开申请数量", false),
            new Row("carried_over_from_last_year", "二、上年结转政府信息公开申请数量", false),
            new Row("results", "三、本年度办理结果", true),
            new Row("granted", "（一）予以公开", false),
            new Row("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", false),
            new Row("denied", "（三）不予公开", true),
            new Row("denied_state_secret", "1.属于国家秘密", false),
            new Row("denied_prohibited_by_law", "2.其他法律行政法规禁止公开", false),
            new Row("denied_security_stability", "3.危及“三安全一稳定”", false),
            new Row("denied_third_party_rights", "4.保护第三方合法权益", false),
            new Row("denied_internal_affairs", "5.属于三类内部事务信息", false),
            new Row("denied_process_info", "6.属于四类过程性信息", false),
            new Row("denied_enforcement_file", "7.属于行政执法案卷", false),
            new Row("denied_admin_query", "8.属于行政查询事项", false),
            new Row("unable", "（四）无法提供", true),
            new Row("unable_not_held", "1.本机关不掌握相关政府信息", false),
            new Row("unable_needs_creation", "2.没有现成信息需要另行制作", false),
            new Row("unable_unclear_after_correction", "3.补正后申请内容仍不明确", false),
            new Row("not_processed", "（五）不予处理", true),
            new Row("not_processed_petition_complaint", "1.信访举报投诉类申请", false),
            new Row("not_processed_duplicate", "2.重复申请", false),
            new Row("not_processed_publication", "3.要求提供公开出版物", false),
            new Row("not_processed_mass_repeated", "4.无正当理由大量反复申请", false),
            new Row("not_processed_confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息", false),
            new Row("other", "（六）其他处理", true),
            new Row("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", false),
            new Row("other_fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", false),
            new Row("other_misc", "3.其他", false),
            new Row("results_total", "（七）总计", false),
            new Row("carried_forward_to_next_year", "四、结转下年度继续办理", false));

    /** The outcome rows, i.e. the leaves summed into （七）总计; each equals a request outcome code in lower case. */
    public static final List<String> RESULT_ROWS = ROWS.stream()
            .filter(r -> !r.group() && !List.of("new_received", "carried_over_from_last_year", "results_total",
                    "carried_forward_to_next_year").contains(r.code()))
            .map(Row::code).toList();

    public static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private final Map<String, Map<String, Long>> cells;

    private Table3(Map<String, Map<String, Long>> cells) {
        this.cells = cells;
    }

    /** A table as printed (e.g. typed from a hand-written report): every value as given, totals included. */
    public static Table3 printed(Map<String, Map<String, Long>> cells) {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        cells.forEach((row, cols) -> copy.put(row, new LinkedHashMap<>(cols)));
        return new Table3(copy);
    }

    /** A table computed from its leaves: the total column and （七）总计 are sums, as the platform prints them. */
    public static Table3 fromLeaves(Map<String, Map<String, Long>> leaves) {
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        for (Row row : ROWS) {
            if (row.group() || row.code().equals("results_total")) {
                continue;
            }
            Map<String, Long> cols = new LinkedHashMap<>();
            for (Column c : APPLICANT_COLUMNS) {
                cols.put(c.code(), leaves.getOrDefault(row.code(), Map.of()).getOrDefault(c.code(), 0L));
            }
            cells.put(row.code(), cols);
        }
        Map<String, Long> resultsTotal = new LinkedHashMap<>();
        for (Column c : APPLICANT_COLUMNS) {
            resultsTotal.put(c.code(), RESULT_ROWS.stream().mapToLong(r -> cells.get(r).get(c.code())).sum());
        }
        cells.put("results_total", resultsTotal);
        cells.values().forEach(cols -> cols.put(TOTAL.code(),
                APPLICANT_COLUMNS.stream().mapToLong(c -> cols.getOrDefault(c.code(), 0L)).sum()));
        return new Table3(cells);
    }

    /** The printed value; group rows give their derived subtotal. */
    public long value(String row, String column) {
        return switch (row) {
            case "results", "denied", "unable", "not_processed", "other" -> RESULT_ROWS.stream()
                    .filter(r -> row.equals("results") || r.startsWith(row + "_"))
                    .mapToLong(r -> value(r, column)).sum();
            default -> cells.getOrDefault(row, Map.of()).getOrDefault(column, 0L);
        };
    }

    public Table3 plus(Table3 other) {
        Map<String, Map<String, Long>> sum = new LinkedHashMap<>();
        for (Row row : ROWS) {
            if (row.group()) {
                continue;
            }
            Map<String, Long> cols = new LinkedHashMap<>();
            for (Column c : COLUMNS) {
                cols.put(c.code(), value(row.code(), c.code()) + other.value(row.code(), c.code()));
            }
            sum.put(row.code(), cols);
        }
        return new Table3(sum);
    }

    public static Table3 empty() {
        return fromLeaves(Map.of());
    }

    /** Every identity of regulation.md B.3, for each of the seven columns. */
    public List<IdentityCheck> checks() {
        List<IdentityCheck> checks = new ArrayList<>();
        for (Column c : COLUMNS) {
            String col = c.code();
            checks.add(IdentityCheck.of("balance." + col, c.label() + "：一 + 二 = 三（七）总计 + 四",
                    value("new_received", col) + value("carried_over_from_last_year", col),
                    value("results_total", col) + value("carried_forward_to_next_year", col)));
            checks.add(IdentityCheck.of("results_total." + col, c.label() + "：（七）总计 = （一）至（六）各项之和",
                    value("results_total", col), RESULT_ROWS.stream().mapToLong(r -> value(r, col)).sum()));
        }
        for (Row row : ROWS) {
            if (row.group()) {
                continue;
            }
            checks.add(IdentityCheck.of("column_total." + row.code(), row.label() + "：总计 = 各类申请人之和",
                    value(row.code(), TOTAL.code()),
                    APPLICANT_COLUMNS.stream().mapToLong(c -> value(row.code(), c.code())).sum()));
        }
        return checks;
    }

    /** Practice check (not printed on the form): last year's 结转下年度 equals this year's 上年结转. */
    public List<IdentityCheck> continuityWith(Table3 previousYear) {
        return COLUMNS.stream().map(c -> IdentityCheck.of("continuity." + c.code(),
                c.label() + "：本年“上年结转” = 上年“结转下年度继续办理”",
                value("carried_over_from_last_year", c.code()),
                previousYear.value("carried_forward_to_next_year", c.code()))).toList();
    }
}
