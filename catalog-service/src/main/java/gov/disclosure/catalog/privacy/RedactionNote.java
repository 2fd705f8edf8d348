package gov.disclosure.catalog.privacy;

import java.time.Instant;

/** Shown publicly with the record: what kind of content was masked where, and why (Art. 37 partial disclosure). */
public record RedactionNote(String field, FindingKind kind, String reason, Instant at) {
}
