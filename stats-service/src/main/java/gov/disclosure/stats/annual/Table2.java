package gov.disclosure.stats.annual;

import java.util.List;
import java.util.Map;

/** The layout of table 二 (主动公开政府信息情况), 2021 format, and which rows the catalogue can count. */
public final class Table2 {
    public record Column(String code, String label) {
    }

    public record Row(String code, String label) {
    }

    public record Block(String header, List<Column> columns, List<Row> rows) {
    }

    static final List<Column> DOCUMENT_COLUMNS = List.of(new Column("issued_this_year", "本年制发件数"),
            new Column("repealed_this_year", "本年废止件数"), new Column("currently_valid", "现行有效件数"));
    static final List<Column> DECISION_COLUMNS = List.of(new Column("decisions_this_year", "本年处理决定数量"));

    public static final List<Block> BLOCKS = List.of(
            new Block("第二十条第（一）项", DOCUMENT_COLUMNS,
                    List.of(new Row("gov_rules", "规章"), new Row("normative_documents", "行政规范性文件"))),
            new Block("第二十条第（五）项", DECISION_COLUMNS, List.of(new Row("administrative_licensing", "行政许可"))),
            new Block("第二十条第（六）项", DECISION_COLUMNS,
                    List.of(new Row("administrative_penalty", "行政处罚"), new Row("administrative_coercion", "行政强制"))),
            new Block("第二十条第（八）项", List.of(new Column("fee_amount_10k_cny", "本年收费金额（单位：万元）")),
                    List.of(new Row("administrative_fees", "行政事业性收费"))));

    /** Rows the platform counts from catalogue records of this category (the rest are entered by the agency admin). */
    public static final Map<String, String> COUNTED_CATEGORY = Map.of(
            "gov_rules", "REGULATION",
            "normative_documents", "NORMATIVE_DOCUMENT",
            "administrative_licensing", "LICENSING",
            "administrative_penalty", "PENALTY",
            "administrative_coercion", "COERCION");

    private Table2() {
    }

    public static boolean isCell(String row, String column) {
        return BLOCKS.stream().anyMatch(b -> b.rows().stream().anyMatch(r -> r.code().equals(row))
                && b.columns().stream().anyMatch(c -> c.code().equals(column)));
    }
}
