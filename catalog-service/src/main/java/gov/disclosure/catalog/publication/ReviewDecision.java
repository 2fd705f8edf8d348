package gov.disclosure.catalog.publication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision on a submission; a rejection must say why. */
public record ReviewDecision(@NotNull Decision decision, @Size(max = 2000) String comment, Long version) {
    public enum Decision { APPROVE, REJECT }
}
