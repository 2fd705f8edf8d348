package gov.disclosure.catalog.privacy;

/** One hit of the scanner in one field: {@code [start, end)} in the original text. */
public record Match(FindingKind kind, int start, int end, String text) {
}
