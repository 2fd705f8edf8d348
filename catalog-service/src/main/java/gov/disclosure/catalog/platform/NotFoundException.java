package gov.disclosure.catalog.platform;

/** 404: the thing does not exist, or this caller may not know that it exists. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
