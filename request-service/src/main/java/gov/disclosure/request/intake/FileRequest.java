package gov.disclosure.request.intake;

import java.time.LocalDate;

/** The body of {@code POST /api/requests} (api-contract.md). Enums are strings so every mistake is a field error. */
public record FileRequest(
        String agencyCode,
        String applicantType,
        Applicant applicant,
        String description,
        String purpose,
        String form,
        String delivery,
        String channel,
        /* staff registration only: the day the application was signed for / handed in / confirmed (Art. 31) */
        LocalDate receivedOn,
        /* staff registration only, optional: the citizen account to link, so the applicant can follow it online */
        String applicantAccount) {

    public record Applicant(
            String name,
            String idType,
            String idNumber,
            String phone,
            String email,
            String address,
            /* organisations: unified social credit code (GB 32100) and contact person */
            String creditCode,
            String contactPerson) {

        @Override
        public String toString() { // never let personal data reach a log line
            return "Applicant[redacted]";
        }
    }
}
