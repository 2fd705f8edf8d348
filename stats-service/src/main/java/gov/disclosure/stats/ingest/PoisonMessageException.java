package gov.disclosure.stats.ingest;

/** A record that can never be processed (bad headers, not JSON, schema-invalid): not retried, dead-lettered. */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message) {
        super(message);
    }
}
