package gov.disclosure.catalog.publication;

/**
 * DRAFT → PENDING_REVIEW → APPROVED → (SCHEDULED →) PUBLISHED → REVOKED or SUPERSEDED; a rejection sends a submission
 * back to DRAFT. PUBLISHED, REVOKED and SUPERSEDED records are public.
 */
public enum PublicationStatus {
    DRAFT, PENDING_REVIEW, APPROVED, SCHEDULED, PUBLISHED, REVOKED, SUPERSEDED;

    public boolean isPublic() {
        return this == PUBLISHED || this == REVOKED || this == SUPERSEDED;
    }
}
