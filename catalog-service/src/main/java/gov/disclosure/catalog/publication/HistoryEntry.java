package gov.disclosure.catalog.publication;

import java.time.Instant;

/** One transition of a record: who moved it from what to what, when, and why. */
public record HistoryEntry(Instant at, String by, PublicationStatus from, PublicationStatus to, String comment) {
}
