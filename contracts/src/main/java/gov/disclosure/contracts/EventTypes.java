package gov.disclosure.contracts;

import java.util.List;

/** CloudEvent {@code type} values, per topic. */
public final class EventTypes {
    private static final String PUBLICATION = "gov.disclosure.publication.";
    private static final String REQUEST = "gov.disclosure.request.";
    private static final String DELIVERY = "gov.disclosure.delivery.";

    public static final String PUBLICATION_PUBLISHED = PUBLICATION + "published";
    public static final String PUBLICATION_AMENDED = PUBLICATION + "amended";
    public static final String PUBLICATION_REVOKED = PUBLICATION + "revoked";

    public static final String REQUEST_RECEIVED = REQUEST + "received";
    public static final String REQUEST_CORRECTION_REQUESTED = REQUEST + "correction-requested";
    public static final String REQUEST_CORRECTED = REQUEST + "corrected";
    public static final String REQUEST_CONSULTATION_STARTED = REQUEST + "consultation-started";
    public static final String REQUEST_CONSULTATION_ENDED = REQUEST + "consultation-ended";
    public static final String REQUEST_EXTENDED = REQUEST + "extended";
    public static final String REQUEST_RESPONDED = REQUEST + "responded";
    public static final String REQUEST_WITHDRAWN = REQUEST + "withdrawn";
    public static final String REQUEST_DUE_SOON = REQUEST + "due-soon";
    public static final String REQUEST_OVERDUE = REQUEST + "overdue";
    public static final String REQUEST_APPEAL_RECORDED = REQUEST + "appeal-recorded";

    public static final String DELIVERY_SUCCEEDED = DELIVERY + "succeeded";
    public static final String DELIVERY_FAILED = DELIVERY + "failed";
    public static final String DELIVERY_DEAD_LETTERED = DELIVERY + "dead-lettered";

    public static final List<String> PUBLICATION_TYPES =
            List.of(PUBLICATION_PUBLISHED, PUBLICATION_AMENDED, PUBLICATION_REVOKED);
    public static final List<String> REQUEST_TYPES = List.of(REQUEST_RECEIVED, REQUEST_CORRECTION_REQUESTED,
            REQUEST_CORRECTED, REQUEST_CONSULTATION_STARTED, REQUEST_CONSULTATION_ENDED, REQUEST_EXTENDED,
            REQUEST_RESPONDED, REQUEST_WITHDRAWN, REQUEST_DUE_SOON, REQUEST_OVERDUE, REQUEST_APPEAL_RECORDED);
    public static final List<String> DELIVERY_TYPES =
            List.of(DELIVERY_SUCCEEDED, DELIVERY_FAILED, DELIVERY_DEAD_LETTERED);

    private EventTypes() {
    }

    /** The topic an event type belongs to, or an exception for an unknown type. */
    public static String topicOf(String type) {
        if (PUBLICATION_TYPES.contains(type)) {
            return Topics.CATALOG_PUBLICATION;
        }
        if (REQUEST_TYPES.contains(type)) {
            return Topics.REQUEST_LIFECYCLE;
        }
        if (DELIVERY_TYPES.contains(type)) {
            return Topics.NOTIFICATION_DELIVERY;
        }
        throw new IllegalArgumentException("unknown event type: " + type);
    }
}
