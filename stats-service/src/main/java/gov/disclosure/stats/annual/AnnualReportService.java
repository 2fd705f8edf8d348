package gov.disclosure.stats.annual;

import gov.disclosure.stats.readmodel.PublicationView;
import gov.disclosure.stats.readmodel.ReadModels;
import gov.disclosure.stats.readmodel.RequestView;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Builds annual reports from the read models plus the agency-entered figures; the city is the sum of agencies. */
@Service
public class AnnualReportService {
    private final ReadModels readModels;
    private final EnteredFiguresStore entered;
    private final Clock clock;

    public AnnualReportService(ReadModels readModels, EnteredFiguresStore entered, Clock clock) {
        this.readModels = readModels;
        this.entered = entered;
        this.clock = clock;
    }

    public AnnualReport report(int year, String agency) {
        if (year < 2008 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        Map<String, List<PublicationView>> pubs = readModels.publications(agency).stream()
                .collect(Collectors.groupingBy(PublicationView::agencyCode));
        Map<String, List<RequestView>> reqs = readModels.requests(agency).stream()
                .collect(Collectors.groupingBy(RequestView::agencyCode));
        if (agency != null) {
            return agencyReport(year, agency, pubs.getOrDefault(agency, List.of()), reqs.getOrDefault(agency, List.of()));
        }
        TreeSet<String> agencies = new TreeSet<>(pubs.keySet());
        agencies.addAll(reqs.keySet());
        entered.findYear(year).forEach(f -> agencies.add(f.agency()));
        List<AnnualReport> parts = agencies.stream().map(a -> agencyReport(year, a, pubs.getOrDefault(a, List.of()),
                reqs.getOrDefault(a, List.of()))).toList();
        Table3 t3 = Table3.empty();
        Table3 t3Previous = Table3.empty();
        for (String a : agencies) {
            t3 = t3.plus(Table3Calculator.forYear(year, reqs.getOrDefault(a, List.of())));
            t3Previous = t3Previous.plus(Table3Calculator.forYear(year - 1, reqs.getOrDefault(a, List.of())));
        }
        Map<String, Long> t4 = new LinkedHashMap<>();
        parts.forEach(p -> p.table4().cells().forEach((k, v) -> t4.merge(k, v, Long::sum)));
        long platformAppeals = parts.stream().mapToLong(p -> p.table4().appealsRecordedOnPlatform()).sum();
        return assemble(year, null, "CITY", List.copyOf(agencies), new AnnualReport.Parts(null, null, null, null),
                sumTable2(parts), t3, t3Previous, t4, "SUM", platformAppeals);
    }

    private AnnualReport agencyReport(int year, String agency, List<PublicationView> pubs, List<RequestView> reqs) {
        EnteredFigures figures = entered.find(agency, year);
        EnteredFigures previous = entered.find(agency, year - 1);
        AnnualReport.Parts parts = new AnnualReport.Parts(figures.texts().get("overview"),
                figures.texts().get("problems_improvements"), previous.texts().get("problems_improvements"),
                figures.texts().get("other_matters"));
        Map<String, Long> t4Entered = new LinkedHashMap<>();
        figures.figures().forEach((k, v) -> {
            if (k.startsWith("table4.")) {
                t4Entered.put(k.substring("table4.".length()), v.value().longValueExact());
            }
        });
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long platformAppeals = reqs.stream()
                .filter(r -> r.receivedOn() != null && !r.receivedOn().isBefore(first) && !r.receivedOn().isAfter(last))
                .mapToLong(RequestView::appeals).sum();
        return assemble(year, agency, "AGENCY", List.of(agency), parts, table2(year, pubs, figures),
                Table3Calculator.forYear(year, reqs), Table3Calculator.forYear(year - 1, reqs),
                Table4.withTotals(t4Entered), t4Entered.isEmpty() ? "NONE" : "ENTERED", platformAppeals);
    }

    private AnnualReport assemble(int year, String agency, String scope, List<String> agencies,
                                  AnnualReport.Parts parts, AnnualReport.Table2View t2, Table3 t3, Table3 t3Previous,
                                  Map<String, Long> t4, String t4Source, long platformAppeals) {
        List<IdentityCheck> identities = new ArrayList<>(t3.checks());
        identities.addAll(t3.continuityWith(t3Previous));
        identities.addAll(Table4.checks(t4));
        String title = (agency == null ? "全市" : agency) + year + "年政府信息公开工作年度报告";
        return new AnnualReport(year, agency, scope, title, agencies, clock.instant(), parts, t2, table3View(t3),
                new AnnualReport.Table4View("四、政府信息公开行政复议、行政诉讼情况", t4, t4Source, platformAppeals),
                identities, identities.stream().allMatch(IdentityCheck::holds));
    }

    /** Table 二 for one agency: catalogue counts, replaced by an entered figure where the admin gave one. */
    static AnnualReport.Table2View table2(int year, List<PublicationView> pubs, EnteredFigures figures) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Predicate<LocalDate> inYear = d -> d != null && !d.isBefore(first) && !d.isAfter(last);
        List<AnnualReport.Table2View.Block> blocks = new ArrayList<>();
        for (Table2.Block block : Table2.BLOCKS) {
            List<AnnualReport.Table2View.Row> rows = new ArrayList<>();
            for (Table2.Row row : block.rows()) {
                String category = Table2.COUNTED_CATEGORY.get(row.code());
                List<PublicationView> ofRow = category == null ? List.of()
                        : pubs.stream().filter(p -> category.equals(p.category())).toList();
                Map<String, Cell> cells = new LinkedHashMap<>();
                for (Table2.Column col : block.columns()) {
                    Long counted = category == null ? null : switch (col.code()) {
                        case "issued_this_year" -> ofRow.stream()
                                .filter(p -> !p.revoked() && p.supersedes() == null && inYear.test(p.publishedOn())).count();
                        case "repealed_this_year" -> ofRow.stream().filter(p -> inYear.test(p.repealedOn())).count();
                        case "currently_valid" -> ofRow.stream().filter(p -> !p.revoked()
                                && !"SUPERSEDED".equals(p.status()) && p.publishedOn() != null
                                && !p.publishedOn().isAfter(last)
                                && (p.repealedOn() == null || p.repealedOn().isAfter(last))).count();
                        case "decisions_this_year" -> ofRow.stream()
                                .filter(p -> !p.revoked() && inYear.test(p.publishedOn())).count();
                        default -> null;
                    };
                    EnteredFigures.Figure fig = figures.figures().get("table2." + row.code() + "." + col.code());
                    Cell cell;
                    if (fig != null) {
                        cell = new Cell(fig.value(), "ENTERED", counted == null ? null : BigDecimal.valueOf(counted),
                                fig.enteredBy(), fig.enteredAt());
                    } else if (counted != null) {
                        cell = Cell.counted(counted);
                    } else {
                        cell = Cell.none();
                    }
                    cells.put(col.code(), cell);
                }
                rows.add(new AnnualReport.Table2View.Row(row.code(), row.label(), cells));
            }
            blocks.add(new AnnualReport.Table2View.Block(block.header(), block.columns(), rows));
        }
        return new AnnualReport.Table2View("二、主动公开政府信息情况", blocks);
    }

    private static AnnualReport.Table2View sumTable2(List<AnnualReport> reports) {
        List<AnnualReport.Table2View.Block> blocks = new ArrayList<>();
        for (int b = 0; b < Table2.BLOCKS.size(); b++) {
            Table2.Block block = Table2.BLOCKS.get(b);
            List<AnnualReport.Table2View.Row> rows = new ArrayList<>();
            for (int r = 0; r < block.rows().size(); r++) {
                Map<String, Cell> cells = new LinkedHashMap<>();
                for (Table2.Column col : block.columns()) {
                    int bi = b;
                    int ri = r;
                    List<Cell> agencyCells = reports.stream()
                            .map(rep -> rep.table2().blocks().get(bi).rows().get(ri).cells().get(col.code())).toList();
                    BigDecimal value = sum(agencyCells.stream().map(Cell::value).toList());
                    BigDecimal counted = sum(agencyCells.stream().map(Cell::counted).toList());
                    cells.put(col.code(), new Cell(value, value == null ? "NONE" : "SUM", counted, null, null));
                }
                rows.add(new AnnualReport.Table2View.Row(block.rows().get(r).code(), block.rows().get(r).label(), cells));
            }
            blocks.add(new AnnualReport.Table2View.Block(block.header(), block.columns(), rows));
        }
        return new AnnualReport.Table2View("二、主动公开政府信息情况", blocks);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static AnnualReport.Table3View table3View(Table3 t3) {
        List<AnnualReport.Table3View.Row> rows = new ArrayList<>();
        for (Table3.Row row : Table3.ROWS) {
            Map<String, Long> values = new LinkedHashMap<>();
            Table3.COLUMNS.forEach(c -> values.put(c.code(), t3.value(row.code(), c.code())));
            rows.add(new AnnualReport.Table3View.Row(row.code(), row.label(), row.group(), values));
        }
        return new AnnualReport.Table3View("三、收到和处理政府信息公开申请情况", Table3.NOTE, Table3.COLUMNS, rows);
    }
}
