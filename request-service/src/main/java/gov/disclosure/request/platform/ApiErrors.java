package gov.disclosure.request.platform;

import java.util.List;

/** Domain failures the problem handler turns into RFC 9457 responses. */
public final class ApiErrors {
    private ApiErrors() {
    }

    public record FieldError(String field, String message) {
    }

    /** 404: absent, or not visible to this caller (never reveal existence). */
    public static class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what + " not found");
        }
    }

    /** 403: the caller may see the resource but lacks the role for this action. */
    public static class Forbidden extends RuntimeException {
        public Forbidden(String message) {
            super(message);
        }
    }

    /** 409: the action is illegal in the request's current state. */
    public static class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** 400 with {@code errors[]}. */
    public static class Invalid extends RuntimeException {
        private final List<FieldError> errors;

        public Invalid(List<FieldError> errors) {
            super("The request is invalid.");
            this.errors = List.copyOf(errors);
        }

        public static Invalid of(String field, String message) {
            return new Invalid(List.of(new FieldError(field, message)));
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /** 429 with Retry-After. */
    public static class TooManyRequests extends RuntimeException {
        private final long retryAfterSeconds;

        public TooManyRequests(long retryAfterSeconds) {
            super("Too many attempts; try again later.");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
