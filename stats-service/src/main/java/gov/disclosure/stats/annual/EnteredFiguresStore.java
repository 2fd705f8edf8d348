package gov.disclosure.stats.annual;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Agency-entered figures (primary data of this service, so not part of the rebuildable read models). */
@Component
public class EnteredFiguresStore {
    static final String COLLECTION = "entered_figures";
    public static final Set<String> TEXT_PARTS = Set.of("overview", "problems_improvements", "other_matters");

    private final MongoTemplate mongo;
    private final Clock clock;

    public EnteredFiguresStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public EnteredFigures find(String agency, int year) {
        Document d = mongo.findById(agency + ":" + year, Document.class, COLLECTION);
        return d == null ? EnteredFigures.empty(agency, year) : fromDocument(d);
    }

    public List<EnteredFigures> findYear(int year) {
        return mongo.find(Query.query(where("year").is(year)), Document.class, COLLECTION).stream()
                .map(EnteredFiguresStore::fromDocument).toList();
    }

    public List<String> agencies() {
        return mongo.findDistinct(new Query(), "agency", COLLECTION, String.class);
    }

    public EnteredFigures merge(String agency, int year, EnteredFiguresRequest request, String user) {
        validate(request);
        EnteredFigures current = find(agency, year);
        Instant now = clock.instant();
        Map<String, EnteredFigures.Figure> figures = new LinkedHashMap<>(current.figures());
        if (request.table2() != null) {
            request.table2().forEach((row, cols) -> cols.forEach((col, value) ->
                    put(figures, "table2." + row + "." + col, value, user, now)));
        }
        if (request.table4() != null) {
            request.table4().forEach((code, value) ->
                    put(figures, "table4." + code, value == null ? null : BigDecimal.valueOf(value), user, now));
        }
        Map<String, EnteredFigures.Text> texts = new LinkedHashMap<>(current.texts());
        if (request.texts() != null) {
            request.texts().forEach((part, text) -> {
                if (text == null) {
                    texts.remove(part);
                } else {
                    texts.put(part, new EnteredFigures.Text(text, user, now));
                }
            });
        }
        EnteredFigures merged = new EnteredFigures(agency, year, figures, texts);
        mongo.save(toDocument(merged), COLLECTION);
        return merged;
    }

    private static void put(Map<String, EnteredFigures.Figure> figures, String key, BigDecimal value, String user,
                            Instant now) {
        if (value == null) {
            figures.remove(key);
        } else {
            figures.put(key, new EnteredFigures.Figure(value, user, now));
        }
    }

    static void validate(EnteredFiguresRequest request) {
        if (request.table2() != null) {
            request.table2().forEach((row, cols) -> cols.forEach((col, value) -> {
                if (!Table2.isCell(row, col)) {
                    throw new IllegalArgumentException("table2 has no cell " + row + "." + col);
                }
                if (value != null && value.signum() < 0) {
                    throw new IllegalArgumentException("table2." + row + "." + col + " must not be negative");
                }
            }));
        }
        if (request.table4() != null) {
            request.table4().forEach((code, value) -> {
                if (!Table4.enteredCodes().contains(code)) {
                    throw new IllegalArgumentException("table4 has no entered cell " + code + " (totals are derived)");
                }
                if (value != null && value < 0) {
                    throw new IllegalArgumentException("table4." + code + " must not be negative");
                }
            });
        }
        if (request.texts() != null) {
            request.texts().keySet().forEach(part -> {
                if (!TEXT_PARTS.contains(part)) {
                    throw new IllegalArgumentException("unknown text part " + part + "; expected " + TEXT_PARTS);
                }
            });
        }
    }

    private static Document toDocument(EnteredFigures f) {
        List<Document> figures = new ArrayList<>();
        f.figures().forEach((k, v) -> figures.add(new Document("key", k).append("value", v.value().toPlainString())
                .append("by", v.enteredBy()).append("at", Date.from(v.enteredAt()))));
        List<Document> texts = new ArrayList<>();
        f.texts().forEach((k, v) -> texts.add(new Document("part", k).append("text", v.text())
                .append("by", v.enteredBy()).append("at", Date.from(v.enteredAt()))));
        return new Document("_id", f.agency() + ":" + f.year()).append("agency", f.agency()).append("year", f.year())
                .append("figures", figures).append("texts", texts);
    }

    private static EnteredFigures fromDocument(Document d) {
        Map<String, EnteredFigures.Figure> figures = new LinkedHashMap<>();
        for (Document fig : d.getList("figures", Document.class, List.of())) {
            figures.put(fig.getString("key"), new EnteredFigures.Figure(new BigDecimal(fig.getString("value")),
                    fig.getString("by"), fig.getDate("at").toInstant()));
        }
        Map<String, EnteredFigures.Text> texts = new LinkedHashMap<>();
        for (Document t : d.getList("texts", Document.class, List.of())) {
            texts.put(t.getString("part"), new EnteredFigures.Text(t.getString("text"), t.getString("by"),
                    t.getDate("at").toInstant()));
        }
        return new EnteredFigures(d.getString("agency"), d.getInteger("year"), figures, texts);
    }
}
