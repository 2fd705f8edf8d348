package gov.disclosure.stats.platform;

/** Authenticated, but this caller may not see or change the requested agency's figures. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
