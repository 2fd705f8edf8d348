package gov.disclosure.catalog.platform;

/** 409: the request is well-formed but the record's state does not allow it. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
