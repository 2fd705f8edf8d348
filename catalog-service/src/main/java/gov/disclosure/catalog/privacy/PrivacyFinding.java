package gov.disclosure.catalog.privacy;

import java.time.Instant;

/**
 * A finding of the gate, shown to the reviewer. It keeps only a masked excerpt: the record itself holds the text.
 *
 * @param field  {@code title} or {@code body}
 * @param status OPEN until redacted or dismissed with a reason
 */
public record PrivacyFinding(String id, FindingKind kind, String field, int start, int end, String excerpt,
                             FindingStatus status, String reason, String resolvedBy, Instant resolvedAt) {

    public enum FindingStatus { OPEN, REDACTED, DISMISSED }

    public static PrivacyFinding open(String id, String field, Match match) {
        return new PrivacyFinding(id, match.kind(), field, match.start(), match.end(), mask(match.text()),
                FindingStatus.OPEN, null, null, null);
    }

    public PrivacyFinding resolve(FindingStatus to, String why, String by, Instant at) {
        return new PrivacyFinding(id, kind, field, start, end, excerpt, to, why, by, at);
    }

    /** Enough to recognise the hit, not enough to leak it: {@code 110***********002X} becomes {@code 11…2X}. */
    static String mask(String text) {
        if (text.length() <= 4) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 2) + "*".repeat(text.length() - 4) + text.substring(text.length() - 2);
    }
}
