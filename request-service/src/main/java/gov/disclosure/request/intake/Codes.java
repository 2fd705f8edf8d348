package gov.disclosure.request.intake;

import java.util.List;

/** The closed vocabularies of the public contract (api-contract.md "Requests"). */
public final class Codes {
    public static final List<String> APPLICANT_TYPES = List.of("NATURAL_PERSON", "ORG_COMMERCIAL", "ORG_RESEARCH",
            "ORG_PUBLIC_WELFARE", "ORG_LEGAL_SERVICE", "ORG_OTHER");
    public static final List<String> ID_TYPES = List.of("RESIDENT_ID", "PASSPORT", "HK_MACAO_PERMIT",
            "TAIWAN_PERMIT", "FOREIGN_PERMANENT_RESIDENT", "OTHER");
    public static final List<String> FORMS = List.of("ELECTRONIC", "PAPER");
    public static final List<String> DELIVERIES = List.of("ONLINE", "EMAIL", "POST", "PICKUP");
    public static final List<String> CHANNELS = List.of("ONLINE", "LETTER", "IN_PERSON", "FAX");
    /** Channels staff register on the applicant's behalf (Art. 29, 31). */
    public static final List<String> STAFF_CHANNELS = List.of("LETTER", "IN_PERSON", "FAX");
    /** Annual-report table 3 rows (regulation.md A.3.5). */
    public static final List<String> OUTCOMES = List.of("GRANTED", "PARTIALLY_GRANTED", "DENIED_STATE_SECRET",
            "DENIED_PROHIBITED_BY_LAW", "DENIED_SECURITY_STABILITY", "DENIED_THIRD_PARTY_RIGHTS",
            "DENIED_INTERNAL_AFFAIRS", "DENIED_PROCESS_INFO", "DENIED_ENFORCEMENT_FILE", "DENIED_ADMIN_QUERY",
            "UNABLE_NOT_HELD", "UNABLE_NEEDS_CREATION", "UNABLE_UNCLEAR_AFTER_CORRECTION",
            "NOT_PROCESSED_PETITION_COMPLAINT", "NOT_PROCESSED_DUPLICATE", "NOT_PROCESSED_PUBLICATION",
            "NOT_PROCESSED_MASS_REPEATED", "NOT_PROCESSED_CONFIRM_OR_REISSUE", "OTHER_NO_CORRECTION",
            "OTHER_FEE_UNPAID", "OTHER_MISC");

    private Codes() {
    }

    public static boolean isOrganisation(String applicantType) {
        return applicantType != null && applicantType.startsWith("ORG_");
    }
}
