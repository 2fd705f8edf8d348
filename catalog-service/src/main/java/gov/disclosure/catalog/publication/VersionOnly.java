package gov.disclosure.catalog.publication;

/** Optional body of commands that carry nothing but the expected version. */
public record VersionOnly(Long version) {
}
