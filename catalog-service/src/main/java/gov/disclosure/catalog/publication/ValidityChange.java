package gov.disclosure.catalog.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST …/{id}/validity}: the document was repealed or expired (or is valid again), and why. */
public record ValidityChange(@NotNull Validity validity, @NotBlank @Size(max = 2000) String reason, Long version) {
}
