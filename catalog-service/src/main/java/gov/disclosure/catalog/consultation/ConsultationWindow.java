package gov.disclosure.catalog.consultation;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The public comment period of a draft regulation or policy (征求意见期), both days inclusive, city time. */
public record ConsultationWindow(@NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
