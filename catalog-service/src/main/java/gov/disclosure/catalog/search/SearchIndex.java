package gov.disclosure.catalog.search;

import gov.disclosure.catalog.platform.ClockConfig;
import gov.disclosure.catalog.publication.Publication;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's full-text index (Lucene, in memory). MongoDB is the truth: the index is rebuilt from it at start and
 * kept current by catalog-service on every change of a public record. Only public records are indexed.
 */
@Component
public class SearchIndex implements AutoCloseable {
    private static final String[] TEXT_FIELDS = {"title", "body", "terms", "docno", "attachments"};

    private final Analyzer analyzer = new ChineseAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds, replaces or (for a non-public record) removes the record's entry; visible to the next search. */
    public void update(Publication p) {
        try {
            if (p.getStatus().isPublic()) {
                writer.updateDocument(new Term("id", p.getId()), toDocument(p));
            } else {
                writer.deleteDocuments(new Term("id", p.getId()));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void replaceAll(Iterable<Publication> publications) {
        try {
            writer.deleteAll();
            for (Publication p : publications) {
                if (p.getStatus().isPublic()) {
                    writer.addDocument(toDocument(p));
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every query term must match (bigrams of Chinese text, words otherwise), in any text field, title weighted
     * highest; relevance then recency with a query, recency alone without.
     */
    public SearchResult search(SearchFilter filter, int page, int size) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(filter);
                int wanted = (page + 1) * size;
                boolean hasText = filter.q() != null && !filter.q().isBlank();
                Sort recency = new Sort(new SortField("publishedAt", SortField.Type.LONG, true));
                Sort order = hasText ? new Sort(SortField.FIELD_SCORE, recency.getSort()[0]) : recency;
                TopDocs top = searcher.search(query, new TopFieldCollectorManager(order, Math.max(wanted, 1), null,
                        Integer.MAX_VALUE, false));
                QueryScorer scorer = new QueryScorer(query);
                Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"),
                        new SimpleHTMLEncoder(), scorer);
                highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, 80));
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = page * size; i < docs.length && i < wanted; i++) {
                    Document d = searcher.storedFields().document(docs[i].doc);
                    hits.add(new SearchHit(d.get("id"), hasText ? highlight(highlighter, d) : null));
                }
                return new SearchResult(hits, top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} on a current searcher (the benchmark's raw-Lucene baseline uses the very same index). */
    <T> T withSearcher(java.util.function.Function<IndexSearcher, T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The Lucene query for a filter (package-private: the benchmark runs it raw as its baseline). */
    Query query(SearchFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (f.q() != null && !f.q().isBlank()) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : TEXT_FIELDS) {
                QueryParser parser = new QueryParser(field, analyzer);
                parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
                parser.setSplitOnWhitespace(true);
                parser.setAutoGeneratePhraseQueries(true);
                try {
                    Query q = parser.parse(QueryParserBase.escape(f.q().trim()));
                    anyField.add("title".equals(field) ? new BoostQuery(q, 3f) : q, BooleanClause.Occur.SHOULD);
                } catch (ParseException e) {
                    throw new IllegalArgumentException("unparseable query", e);
                }
            }
            b.add(anyField.build(), BooleanClause.Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        filter(b, "agency", f.agency());
        filter(b, "category", f.category());
        filter(b, "validity", f.validity());
        filter(b, "status", f.status());
        if (f.year() != null) {
            filter(b, "year", String.valueOf(f.year()));
        }
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE
                    : f.from().atStartOfDay(ClockConfig.CITY_ZONE).toInstant().toEpochMilli();
            long to = f.to() == null ? Long.MAX_VALUE
                    : f.to().plusDays(1).atStartOfDay(ClockConfig.CITY_ZONE).toInstant().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery("publishedAtPoint", from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private String highlight(Highlighter highlighter, Document d) throws IOException {
        for (String field : new String[]{"body", "title"}) {
            String text = d.get(field);
            if (text == null) {
                continue;
            }
            try {
                String fragment = highlighter.getBestFragment(analyzer, field, text);
                if (fragment != null) {
                    return fragment;
                }
            } catch (InvalidTokenOffsetsException e) {
                // fall through to the next field
            }
        }
        return null;
    }

    private static Document toDocument(Publication p) {
        Document d = new Document();
        d.add(new StringField("id", p.getId(), Field.Store.YES));
        d.add(new StringField("agency", p.getAgencyCode(), Field.Store.NO));
        d.add(new StringField("category", p.getCategory().name(), Field.Store.NO));
        d.add(new StringField("validity", p.getValidity().name(), Field.Store.NO));
        d.add(new StringField("status", p.getStatus().name(), Field.Store.NO));
        long published = p.getPublishedAt() == null ? 0 : p.getPublishedAt().toEpochMilli();
        if (p.getPublishedAt() != null) {
            d.add(new StringField("year",
                    String.valueOf(LocalDate.ofInstant(p.getPublishedAt(), ClockConfig.CITY_ZONE).getYear()),
                    Field.Store.NO));
        }
        d.add(new LongPoint("publishedAtPoint", published));
        d.add(new NumericDocValuesField("publishedAt", published));
        d.add(new TextField("title", p.getTitle(), Field.Store.YES));
        d.add(new TextField("body", p.getBody() == null ? "" : p.getBody(), Field.Store.YES));
        d.add(new TextField("terms", String.join(" ", p.getSubjectTerms()), Field.Store.NO));
        for (var attachment : p.getAttachments()) {
            if (attachment.text() != null && !attachment.text().isEmpty()) {
                d.add(new TextField("attachments", attachment.text(), Field.Store.NO));
            }
        }
        if (p.getDocumentNumber() != null) {
            d.add(new TextField("docno", p.getDocumentNumber(), Field.Store.NO));
        }
        d.add(new StoredField("indexNumber", p.getIndexNumber() == null ? "" : p.getIndexNumber()));
        return d;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
