package gov.disclosure.contracts;

import java.util.List;

/** The registry of Kafka topic names. Producers and consumers name topics only through these constants. */
public final class Topics {
    public static final String CATALOG_PUBLICATION = "catalog.publication.v1";
    public static final String REQUEST_LIFECYCLE = "request.lifecycle.v1";
    public static final String NOTIFICATION_DELIVERY = "notification.delivery.v1";

    /** Every event topic of the platform, in the order the AsyncAPI document lists them. */
    public static final List<String> ALL = List.of(CATALOG_PUBLICATION, REQUEST_LIFECYCLE, NOTIFICATION_DELIVERY);

    /** Partitions per topic: bounds consumer parallelism; DLTs get the same count (spring-kafka keeps the partition). */
    public static final int PARTITIONS = 3;

    private Topics() {
    }

    /** The dead-letter topic name spring-kafka's DeadLetterPublishingRecoverer uses by default (since 3.3). */
    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }
}
