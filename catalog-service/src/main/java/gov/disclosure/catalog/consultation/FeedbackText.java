package gov.disclosure.catalog.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record FeedbackText(@NotBlank @Size(max = 20000) String summary) {
}
