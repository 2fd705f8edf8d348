package gov.disclosure.catalog.platform;

/** 400 for rule violations that bean validation cannot express; names the offending field. */
public class BadRequestException extends RuntimeException {
    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
