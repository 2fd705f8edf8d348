package gov.disclosure.catalog.privacy;

/** What the confidentiality and privacy gate looks for before a record may be approved. */
public enum FindingKind {
    RESIDENT_ID, MOBILE_NUMBER, BANK_CARD, EMAIL, CLASSIFICATION_MARK
}
