package gov.disclosure.stats.annual;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One figure of table 二 with its provenance.
 *
 * @param source  COUNTED (from catalogue records), ENTERED (by the agency admin), SUM (city-wide), NONE (no data)
 * @param counted what the catalogue holds for this cell, shown beside an entered value so differences stay visible
 */
public record Cell(BigDecimal value, String source, BigDecimal counted, String enteredBy, Instant enteredAt) {
    public static Cell counted(long n) {
        return new Cell(BigDecimal.valueOf(n), "COUNTED", BigDecimal.valueOf(n), null, null);
    }

    public static Cell none() {
        return new Cell(null, "NONE", null, null, null);
    }
}
