package gov.disclosure.catalog.publication;

import java.time.Instant;

/** Publish now, or at {@code publishAt} when that lies in the future. */
public record PublishCommand(Instant publishAt, Long version) {
}
