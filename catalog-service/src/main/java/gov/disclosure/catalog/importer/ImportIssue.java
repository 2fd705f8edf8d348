package gov.disclosure.catalog.importer;

/** Why an imported row needs an editor before it can go public: damaged text or personal data, and where. */
public record ImportIssue(String kind, int start, int end, String context) {
}
