package gov.disclosure.catalog.consultation;

import java.time.LocalDate;

/** The public face of a consultation: its period, whether it is open today, how many commented, the feedback. */
public record ConsultationView(String publicationId, String agencyCode, String title, LocalDate opensOn,
                               LocalDate closesOn, boolean open, long commentCount, ConsultationFeedback feedback) {
}
