package gov.disclosure.stats.annual;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * What an agency admin entered for one year: figures whose records live outside the platform (key
 * {@code table2.<row>.<column>} or {@code table4.<code>}) and the text parts 一, 五, 六, each with who and when.
 */
public record EnteredFigures(String agency, int year, Map<String, Figure> figures, Map<String, Text> texts) {
    public record Figure(BigDecimal value, String enteredBy, Instant enteredAt) {
    }

    public record Text(String text, String enteredBy, Instant enteredAt) {
    }

    public static EnteredFigures empty(String agency, int year) {
        return new EnteredFigures(agency, year, Map.of(), Map.of());
    }
}
