package gov.disclosure.notification.delivery;

public enum DeliveryStatus {
    PENDING,
    RETRYING,
    SUCCEEDED,
    /** The target answered 410 Gone: the subscription is disabled, no more attempts. */
    GONE,
    DEAD_LETTERED,
    /** The subscription was deleted or disabled before the delivery went out. */
    CANCELLED;

    public boolean open() {
        return this == PENDING || this == RETRYING;
    }
}
