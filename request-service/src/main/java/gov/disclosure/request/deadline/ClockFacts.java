package gov.disclosure.request.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a request that the law attaches time to.
 *
 * @param receivedOn            the receipt date under Art. 31 (for online requests: the confirmation date)
 * @param correctionRequestedOn the day the correction notice went out (Art. 30), or null
 * @param correctionReceivedOn  the day the corrected application arrived (Art. 30), or null
 * @param consultations         third-party consultations (Art. 32), in order
 * @param extension             the one extension (Art. 33 ¶2), or null
 * @param fee                   an information-processing fee notice (Art. 42, 国办函〔2020〕109号), or null
 */
public record ClockFacts(LocalDate receivedOn, LocalDate correctionRequestedOn, LocalDate correctionReceivedOn,
                         List<Consultation> consultations, Extension extension, FeeNotice fee) {

    public ClockFacts {
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
    }

    public ClockFacts(LocalDate receivedOn, LocalDate correctionRequestedOn, LocalDate correctionReceivedOn,
                      List<Consultation> consultations, Extension extension) {
        this(receivedOn, correctionRequestedOn, correctionReceivedOn, consultations, extension, null);
    }

    public static ClockFacts received(LocalDate receivedOn) {
        return new ClockFacts(receivedOn, null, null, List.of(), null);
    }

    public ClockFacts withCorrectionRequested(LocalDate on) {
        return new ClockFacts(receivedOn, on, correctionReceivedOn, consultations, extension, fee);
    }

    public ClockFacts withCorrectionReceived(LocalDate on) {
        return new ClockFacts(receivedOn, correctionRequestedOn, on, consultations, extension, fee);
    }

    public ClockFacts withConsultation(Consultation c) {
        List<Consultation> all = new java.util.ArrayList<>(consultations);
        all.add(c);
        return new ClockFacts(receivedOn, correctionRequestedOn, correctionReceivedOn, all, extension, fee);
    }

    public ClockFacts withExtension(Extension e) {
        return new ClockFacts(receivedOn, correctionRequestedOn, correctionReceivedOn, consultations, e, fee);
    }

    public ClockFacts withFee(FeeNotice f) {
        return new ClockFacts(receivedOn, correctionRequestedOn, correctionReceivedOn, consultations, extension, f);
    }

    /** Waiting for the applicant's correction: the reply clock is not running (Art. 30). */
    public boolean awaitingCorrection() {
        return correctionRequestedOn != null && correctionReceivedOn == null;
    }

    /** A consultation letter sent on {@code sentOn}; {@code repliedOn} null while no answer has arrived. */
    public record Consultation(LocalDate sentOn, LocalDate repliedOn) {
    }

    /** A fee notice sent on {@code notifiedOn}, to be paid by {@code payBy}; {@code paidOn} null until paid. */
    public record FeeNotice(LocalDate notifiedOn, LocalDate payBy, LocalDate paidOn) {
    }

    /** An approved extension of {@code workingDays} (1–20), approved on {@code approvedOn}. */
    public record Extension(int workingDays, LocalDate approvedOn) {
    }
}
