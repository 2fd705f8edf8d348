package gov.disclosure.stats.ranking;

import java.util.List;
import java.util.Map;

/** Agencies ranked for one year, each with the components its score was computed from. */
public record Ranking(int year, Map<String, Object> model, List<Entry> agencies) {
    public record Entry(int rank, String agency, double score, List<Component> components) {
    }

    /** @param raw the measured value, {@code points} its signed contribution to the score */
    public record Component(String name, double raw, double weight, double points) {
    }
}
