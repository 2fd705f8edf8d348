package gov.disclosure.notification.platform;

/** A consumed record that can never be processed (missing CloudEvent headers, data not matching its schema). */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
