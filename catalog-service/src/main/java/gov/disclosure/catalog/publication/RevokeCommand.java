package gov.disclosure.catalog.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Revocation with the public reason shown on the record. */
public record RevokeCommand(@NotBlank @Size(max = 2000) String reason, Long version) {
}
