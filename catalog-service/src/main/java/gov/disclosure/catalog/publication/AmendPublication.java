package gov.disclosure.catalog.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/catalog/publications/{id}/amend}: the amended text (the agency is the record's own). */
public record AmendPublication(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200_000) String body,
        @NotNull Category category,
        @Size(max = 100) String documentNumber,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> subjectTerms,
        LocalDate formedOn,
        LocalDate effectiveFrom) {

    PublicationContent content() {
        return new PublicationContent(title, body, category, documentNumber, subjectTerms, formedOn, effectiveFrom);
    }
}
