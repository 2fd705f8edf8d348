package gov.disclosure.stats.annual;

/** One 勾稽 (cross-check) identity of the official form, evaluated on the figures as they would be printed. */
public record IdentityCheck(String id, String description, long left, long right, boolean holds) {
    static IdentityCheck of(String id, String description, long left, long right) {
        return new IdentityCheck(id, description, left, right, left == right);
    }
}
