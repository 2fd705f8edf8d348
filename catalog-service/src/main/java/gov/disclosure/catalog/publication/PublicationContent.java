package gov.disclosure.catalog.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor writes. {@code formedOn} is the day the information was formed or changed (Art. 26 trigger);
 * it defaults to the day the draft is created.
 */
public record PublicationContent(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 200_000) String body,
        @NotNull Category category,
        @Size(max = 100) String documentNumber,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> subjectTerms,
        LocalDate formedOn,
        LocalDate effectiveFrom) {
}
