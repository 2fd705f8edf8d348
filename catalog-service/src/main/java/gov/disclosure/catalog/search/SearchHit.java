package gov.disclosure.catalog.search;

/** A match of the full-text index: the record id and a highlighted fragment (HTML-escaped, matches in em). */
public record SearchHit(String id, String highlight) {
}
