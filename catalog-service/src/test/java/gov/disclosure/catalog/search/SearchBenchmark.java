package gov.disclosure.catalog.search;

import gov.disclosure.catalog.publication.Category;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationContent;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Catalogue search over N synthetic publications: the platform's full path ({@link SearchIndex#search}: parse,
 * filter, sort by relevance then recency, highlight) next to the raw Lucene query (the very same Lucene query on the
 * same index, top 20 by score, no recency sort, no highlighting) measured in the same run. Not a test: run as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
public class SearchBenchmark {
    private static final String[] WORDS = {"政府", "信息", "公开", "工作", "年度", "报告", "卫生", "健康", "教育", "招生",
            "医疗", "机构", "收费", "标准", "通知", "关于", "做好", "防控", "传染病", "预算", "决算", "采购", "项目",
            "灾后", "重建", "乡镇", "街道", "社区", "服务", "办理", "申请", "行政", "许可", "处罚", "强制", "规划",
            "计划", "总结", "会议", "部署", "落实", "推进", "加强", "管理", "监督", "检查", "公示", "名单", "调整",
            "实施", "意见", "办法", "规定", "条例", "城市", "农村", "道路", "交通", "环境", "保护", "安全", "生产",
            "應急", "公開", "資訊", "醫療", "機構", "計劃", "總結", "鄉鎮", "災後", "重建"};
    private static final String[] QUERIES = {"信息公开", "医疗机构 收费", "灾后重建", "年度报告", "招生 通知",
            "行政处罚 公示", "預算公開", "传染病防控"};

    @Param({"100000", "1000000"})
    public int documents;

    private SearchIndex index;
    private Query[] rawQueries;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        index = new SearchIndex();
        Random random = new Random(42);
        Iterator<Publication> generated = new Iterator<>() {
            int made;

            @Override
            public boolean hasNext() {
                return made < documents;
            }

            @Override
            public Publication next() {
                made++;
                return publication(random, made);
            }
        };
        index.replaceAll(() -> generated);
        rawQueries = new Query[QUERIES.length];
        for (int i = 0; i < QUERIES.length; i++) {
            rawQueries[i] = index.query(filter(QUERIES[i]));
        }
    }

    private static SearchFilter filter(String q) {
        return new SearchFilter(q, null, null, null, null, null, null, null);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
    }

    @Benchmark
    public SearchResult platformSearch() {
        String q = QUERIES[next++ % QUERIES.length];
        return index.search(filter(q), 0, 20);
    }

    @Benchmark
    public TopDocs rawLucene() throws IOException {
        Query q = rawQueries[next++ % rawQueries.length];
        return index.withSearcher(s -> {
            try {
                return s.search(q, 20);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Publication publication(Random random, int n) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < 4 + random.nextInt(4); i++) {
            title.append(WORDS[random.nextInt(WORDS.length)]);
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40 + random.nextInt(80); i++) {
            body.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(8) == 0) {
                body.append('，');
            }
        }
        Category category = Category.values()[random.nextInt(Category.values().length)];
        LocalDate formed = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
        // the import path yields a published record without a review round trip
        Publication p = Publication.imported("p" + n, "agency-" + random.nextInt(300),
                new PublicationContent(title.toString(), body.toString(), category, null, List.of(), formed, null),
                formed.plusDays(28), "bench", Instant.EPOCH, "benchmark", List.of());
        p.publishImported("agency-2026-" + n, formed.plusDays(5).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                "bench", Instant.EPOCH);
        return p;
    }

    /** {@code java -cp <test classpath> gov.disclosure.catalog.search.SearchBenchmark [jmh options]}. */
    public static void main(String[] args) throws Exception {
        List<String> all = new ArrayList<>(List.of(SearchBenchmark.class.getSimpleName()));
        all.addAll(List.of(args));
        org.openjdk.jmh.Main.main(all.toArray(String[]::new));
    }
}
