package gov.disclosure.stats.annual;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Body of {@code PUT /api/stats/annual-reports/{year}/entered-figures}: merged into what is stored; a null value
 * removes an entry. {@code table2}: row → column → value; {@code table4}: code → count; {@code texts}: overview,
 * problems_improvements, other_matters.
 */
public record EnteredFiguresRequest(Map<String, Map<String, BigDecimal>> table2, Map<String, Long> table4,
                                    Map<String, String> texts) {
}
