package gov.disclosure.stats.annual;

import java.util.List;

/** CSV rendering: one line per figure, with official codes and labels (UTF-8 with BOM so spreadsheets read 中文). */
final class AnnualReportCsv {
    private AnnualReportCsv() {
    }

    static String render(AnnualReport report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of("table", "block", "row_code", "row_label", "column_code", "column_label", "value", "source",
                "entered_by", "entered_at"));
        for (AnnualReport.Table2View.Block block : report.table2().blocks()) {
            for (AnnualReport.Table2View.Row row : block.rows()) {
                for (Table2.Column col : block.columns()) {
                    Cell cell = row.cells().get(col.code());
                    line(out, List.of("二", block.header(), row.code(), row.label(), col.code(), col.label(),
                            cell.value() == null ? "" : cell.value().toPlainString(), cell.source(),
                            str(cell.enteredBy()), str(cell.enteredAt())));
                }
            }
        }
        for (AnnualReport.Table3View.Row row : report.table3().rows()) {
            for (Table3.Column col : report.table3().columns()) {
                line(out, List.of("三", "", row.code(), row.label(), col.code(), col.label(),
                        String.valueOf(row.values().get(col.code())), row.group() ? "DERIVED" : "COUNTED", "", ""));
            }
        }
        report.table4().cells().forEach((code, value) -> line(out, List.of("四", "", code, "", code,
                Table4.PART_LABELS.getOrDefault(code.substring(code.lastIndexOf('_') + 1), ""),
                String.valueOf(value), report.table4().source(), "", "")));
        for (IdentityCheck check : report.identities()) {
            line(out, List.of("勾稽", "", check.id(), check.description(), "", "", check.left() + " = " + check.right(),
                    check.holds() ? "OK" : "MISMATCH", "", ""));
        }
        return out.toString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
                f = '"' + f.replace("\"", "\"\"") + '"';
            }
            out.append(f);
        }
        out.append("\r\n");
    }
}
