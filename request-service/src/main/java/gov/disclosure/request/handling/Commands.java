package gov.disclosure.request.handling;

import gov.disclosure.request.handling.Records.WithheldPart;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the staff and applicant actions. */
public final class Commands {
    private Commands() {
    }

    /** Art. 30: what must be corrected and by when (defaults to 15 working days, a "reasonable period"). */
    public record RequestCorrection(String matters, Integer correctionWorkingDays) {
    }

    /** The corrected application; {@code receivedOn} only when staff record one that came by letter/in person. */
    public record SupplyCorrection(String description, LocalDate receivedOn) {
    }

    public record StartConsultation(String thirdParty, String matter, LocalDate sentOn) {
    }

    public record ConsultationReply(LocalDate repliedOn, String summary, Boolean consent) {
    }

    /** basis: PER_REQUEST or PER_PAGE (国办函〔2020〕109号 Arts. 3–5). */
    public record NotifyFee(String amountYuan, String basis, String reason) {
    }

    public record RecordPayment(LocalDate paidOn) {
    }

    public record Extend(Integer workingDays, String reason) {
    }

    public record Respond(String outcome, String reason, String legalBasis, List<String> attachments,
                          List<WithheldPart> withheldParts, String holdingAgency) {
    }

    public record Withdraw(String reason) {
    }

    /** kind: RECONSIDERATION, LITIGATION_DIRECT, LITIGATION_AFTER_RECONSIDERATION. */
    public record RecordAppeal(String kind, LocalDate filedOn, String result) {
    }

    /** result: UPHELD, CORRECTED, OTHER, PENDING. */
    public record AppealResult(String result, LocalDate resultOn) {
    }
}
