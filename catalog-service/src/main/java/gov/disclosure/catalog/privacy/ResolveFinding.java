package gov.disclosure.catalog.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Resolve a finding: REDACT masks the text; DISMISS keeps it, with the justification on record. */
public record ResolveFinding(@NotNull Action action, @NotBlank @Size(max = 1000) String reason) {
    public enum Action { REDACT, DISMISS }
}
