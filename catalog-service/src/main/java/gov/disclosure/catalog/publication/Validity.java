package gov.disclosure.catalog.publication;

/** Legal validity of the document a record discloses (有效性). */
public enum Validity { VALID, AMENDED, REPEALED, EXPIRED }
