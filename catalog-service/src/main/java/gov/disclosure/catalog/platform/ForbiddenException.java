package gov.disclosure.catalog.platform;

/** 403: authenticated, but this role or agency may not do this. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
