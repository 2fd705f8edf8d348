package gov.disclosure.catalog.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CommentText(@NotBlank @Size(max = 2000) String text) {
}
