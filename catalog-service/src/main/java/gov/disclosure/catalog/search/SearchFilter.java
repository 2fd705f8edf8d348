package gov.disclosure.catalog.search;

import java.time.LocalDate;

/** What a catalogue search asks for; null means no constraint. */
public record SearchFilter(String q, String agency, String category, String validity, String status, Integer year,
                           LocalDate from, LocalDate to) {
}
