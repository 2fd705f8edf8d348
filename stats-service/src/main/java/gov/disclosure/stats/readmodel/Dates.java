package gov.disclosure.stats.readmodel;

import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;

final class Dates {
    private Dates() {
    }

    static LocalDate date(Document d, String field) {
        String s = d.getString(field);
        return s == null ? null : LocalDate.parse(s);
    }

    static Instant instant(Document d, String field) {
        String s = d.getString(field);
        return s == null ? null : Instant.parse(s);
    }

    static String iso(Object o) {
        return o == null ? null : o.toString();
    }
}
