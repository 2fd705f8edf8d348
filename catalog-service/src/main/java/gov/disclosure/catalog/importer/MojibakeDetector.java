package gov.disclosure.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text damaged by a wrong encoding round trip, for an editor to fix: replacement characters (U+FFFD), and
 * ASCII {@code ?} sitting inside Chinese text together with stray ASCII or Latin-1 debris, as a GBK↔Big5 round trip
 * leaves it ({@code 工作?,F將} for 工作現將, {@code 確??冃?。} for 確保績效。). A {@code ?} that ends a sentence is
 * not flagged: only one wedged between Chinese characters or before Chinese punctuation.
 */
public final class MojibakeDetector {
    private static final String CJK = "\\u3400-\\u9FFF\\uF900-\\uFAFF";
    private static final String CJK_PUNCT = "\\u3000-\\u303F\\uFF01-\\uFF65";
    private static final Pattern REPLACEMENT = Pattern.compile("\\uFFFD+");
    private static final Pattern DAMAGED = Pattern.compile(
            "(?<=[" + CJK + "])\\?[?,.;:'`~A-Za-z0-9\\u0080-\\u00FF]*(?:[" + CJK + "]\\?[?,.;:'`~A-Za-z\\u0080-\\u00FF]*)*"
                    + "(?=[" + CJK + CJK_PUNCT + "])");

    /** A damaged stretch: {@code [start, end)} and the text around it, to find it in an editor. */
    public record Damage(int start, int end, String damaged, String context) {
    }

    public List<Damage> find(String text) {
        List<Damage> found = new ArrayList<>();
        for (Pattern p : new Pattern[]{REPLACEMENT, DAMAGED}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 8);
                int to = Math.min(text.length(), m.end() + 8);
                found.add(new Damage(m.start(), m.end(), m.group(), text.substring(from, to).replace('\n', ' ')));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Damage::start));
        return found;
    }
}
