package gov.disclosure.request.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Parts of the request document. Personal fields hold ciphertext (see privacy.FieldCipher). */
public final class Records {
    private Records() {
    }

    /** The applicant as stored: name in clear (staff need it), ID and contact data encrypted, ID blind-indexed. */
    public record StoredApplicant(String name, String idType, String idNumberEnc, String idNumberHash,
                                  String phoneEnc, String emailEnc, String addressEnc, String creditCode,
                                  String contactPerson) {
        @Override
        public String toString() {
            return "StoredApplicant[redacted]";
        }
    }

    /** Art. 30 correction notice and, later, its answer. */
    public record Correction(LocalDate requestedOn, String matters, LocalDate dueOn, String requestedBy,
                             LocalDate receivedOn, String note) {
    }

    /** Art. 32 third-party consultation. */
    public record Consultation(String id, String thirdParty, String matter, LocalDate sentOn, LocalDate answerLimit,
                               LocalDate repliedOn, String replySummary, Boolean consent) {
    }

    /** Art. 42 information-processing fee notice (国办函〔2020〕109号: PER_REQUEST or PER_PAGE). */
    public record FeeNotice(String amountYuan, String basis, String reason, LocalDate notifiedOn, LocalDate payBy,
                            LocalDate paidOn, String notifiedBy) {
    }

    /** Art. 33 ¶2 extension. */
    public record Extension(int workingDays, String reason, LocalDate approvedOn, String approvedBy,
                            LocalDate previousDueDate) {
    }

    /** A part withheld from a partial grant, with its reason (Art. 37). */
    public record WithheldPart(String part, String reason) {
    }

    /** The final answer (Art. 36). */
    public record Response(String outcome, String reason, String legalBasis, List<String> attachments,
                           List<WithheldPart> withheldParts, String holdingAgency, LocalDate respondedOn,
                           String respondedBy) {
    }

    /** Administrative reconsideration or lawsuit over this request (annual-report table 4). */
    public record Appeal(String id, String kind, LocalDate filedOn, String result, LocalDate resultOn,
                         String recordedBy) {
    }

    /** One line of the append-only timeline. */
    public record TimelineEntry(Instant at, String action, String actor, String status, String detail) {
    }
}
