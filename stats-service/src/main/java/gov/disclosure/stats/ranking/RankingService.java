package gov.disclosure.stats.ranking;

import gov.disclosure.stats.annual.EnteredFigures;
import gov.disclosure.stats.annual.EnteredFiguresStore;
import gov.disclosure.stats.readmodel.PublicationView;
import gov.disclosure.stats.readmodel.ReadModels;
import gov.disclosure.stats.readmodel.RequestView;
import gov.disclosure.workingdays.WorkingDayCalendar;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Scores every agency with the configured model of {@link RankingProperties}. */
@Service
public class RankingService {
    private final ReadModels readModels;
    private final EnteredFiguresStore entered;
    private final WorkingDayCalendar calendar;
    private final RankingProperties model;
    private final Clock clock;

    public RankingService(ReadModels readModels, EnteredFiguresStore entered, WorkingDayCalendar calendar,
                          RankingProperties model, Clock clock) {
        this.readModels = readModels;
        this.entered = entered;
        this.calendar = calendar;
        this.model = model;
        this.clock = clock;
    }

    public Ranking rank(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.isBefore(last) ? today : last;
        Map<String, List<PublicationView>> pubs = readModels.publications(null).stream()
                .collect(Collectors.groupingBy(PublicationView::agencyCode));
        Map<String, List<RequestView>> reqs = readModels.requests(null).stream()
                .collect(Collectors.groupingBy(RequestView::agencyCode));
        Map<String, EnteredFigures> figures = entered.findYear(year).stream()
                .collect(Collectors.toMap(EnteredFigures::agency, f -> f));
        TreeSet<String> agencies = new TreeSet<>(pubs.keySet());
        agencies.addAll(reqs.keySet());
        agencies.addAll(figures.keySet());

        List<Ranking.Entry> scored = new ArrayList<>();
        for (String agency : agencies) {
            List<PublicationView> p = pubs.getOrDefault(agency, List.of()).stream()
                    .filter(v -> in(v.publishedOn(), first, last)).toList();
            List<RequestView> answered = reqs.getOrDefault(agency, List.of()).stream()
                    .filter(r -> in(r.respondedOn(), first, last) && r.dueDate() != null).toList();
            double onTime = answered.isEmpty() ? 1
                    : answered.stream().filter(RequestView::answeredOnTime).count() / (double) answered.size();
            List<PublicationView> withFormation = p.stream().filter(v -> v.formedOn() != null).toList();
            double proactive = withFormation.isEmpty() ? 1 : withFormation.stream()
                    .filter(v -> calendar.workingDaysBetween(v.formedOn(), v.publishedOn()) <= 20).count()
                    / (double) withFormation.size();
            double size = model.getAgencySize().getOrDefault(agency, 1.0);
            double volume = Math.min(1, p.stream().filter(v -> !v.revoked()).count() / size / model.getVolumeTarget());
            long overdue = reqs.getOrDefault(agency, List.of()).stream().filter(r -> r.dueDate() != null
                    && !r.dueDate().isBefore(first) && r.dueDate().isBefore(cutoff)
                    && (r.respondedOn() == null ? !r.closedBy(r.dueDate()) : r.respondedOn().isAfter(r.dueDate())))
                    .count();
            long revocations = pubs.getOrDefault(agency, List.of()).stream()
                    .filter(v -> in(v.revokedOn(), first, last)).count();
            EnteredFigures f = figures.get(agency);
            long appealsLost = f == null ? 0 : f.figures().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("table4.") && e.getKey().endsWith("_corrected"))
                    .mapToLong(e -> e.getValue().value().longValue()).sum();
            List<Ranking.Component> components = List.of(
                    component("responseTimeliness", onTime, model.getResponseTimeliness(), onTime * 100),
                    component("proactiveTimeliness", proactive, model.getProactiveTimeliness(), proactive * 100),
                    component("volume", volume, model.getVolume(), volume * 100),
                    component("overdueRequests", overdue, -model.getOverduePenalty(), overdue),
                    component("revocations", revocations, -model.getRevocationPenalty(), revocations),
                    component("appealsLost", appealsLost, -model.getAppealLostPenalty(), appealsLost));
            double score = round(components.stream().mapToDouble(Ranking.Component::points).sum());
            scored.add(new Ranking.Entry(0, agency, score, components));
        }
        scored.sort(Comparator.comparingDouble(Ranking.Entry::score).reversed().thenComparing(Ranking.Entry::agency));
        List<Ranking.Entry> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranking.Entry e = scored.get(i);
            // equal scores share a rank
            int rank = i > 0 && scored.get(i - 1).score() == e.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranking.Entry(rank, e.agency(), e.score(), e.components()));
        }
        return new Ranking(year, describe(), ranked);
    }

    private Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formula", "Σ weight × value; rates ×100, volume = min(1, publications / agencySize / volumeTarget) ×100, "
                + "penalties per overdue request, revocation and appeal lost");
        m.put("responseTimeliness", model.getResponseTimeliness());
        m.put("proactiveTimeliness", model.getProactiveTimeliness());
        m.put("volume", model.getVolume());
        m.put("volumeTarget", model.getVolumeTarget());
        m.put("overduePenalty", model.getOverduePenalty());
        m.put("revocationPenalty", model.getRevocationPenalty());
        m.put("appealLostPenalty", model.getAppealLostPenalty());
        return m;
    }

    private static Ranking.Component component(String name, double raw, double weight, double base) {
        return new Ranking.Component(name, round(raw), weight, round(weight * base));
    }

    private static boolean in(LocalDate d, LocalDate first, LocalDate last) {
        return d != null && !d.isBefore(first) && !d.isAfter(last);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
