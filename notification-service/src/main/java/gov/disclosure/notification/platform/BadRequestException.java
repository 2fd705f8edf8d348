package gov.disclosure.notification.platform;

/** A request that is well-formed JSON but not acceptable (e.g. a webhook target that fails the SSRF check). */
public class BadRequestException extends RuntimeException {
    private final String field;

    public BadRequestException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
