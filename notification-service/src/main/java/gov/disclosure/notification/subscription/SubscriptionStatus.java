package gov.disclosure.notification.subscription;

public enum SubscriptionStatus {
    /** E-mail not yet confirmed: nothing but the confirmation mail is ever sent. */
    PENDING_CONFIRMATION,
    ACTIVE,
    /** Webhook answered 410 Gone, or the address unsubscribed. */
    DISABLED
}
