package gov.disclosure.catalog.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/catalog/publications}. */
public record CreatePublication(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,64}") String agencyCode,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200_000) String body,
        @NotNull Category category,
        @Size(max = 100) String documentNumber,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> subjectTerms,
        LocalDate formedOn,
        LocalDate effectiveFrom) {

    public PublicationContent content() {
        return new PublicationContent(title, body, category, documentNumber, subjectTerms, formedOn, effectiveFrom);
    }
}
