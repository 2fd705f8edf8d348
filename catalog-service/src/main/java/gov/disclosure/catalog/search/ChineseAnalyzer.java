package gov.disclosure.catalog.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese without spaces: the standard tokenizer emits one token per Han character, each folded from Traditional to
 * Simplified (so 公開 and 公开 index alike), then joined into overlapping bigrams. Folding per token keeps the
 * offsets of the original text, so highlights land on the characters the reader sees.
 */
public final class ChineseAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new SimplifiedFoldFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Traditional → Simplified for each token (OpenCC tables via opencc4j), memoised: tokens are single characters. */
    static final class SimplifiedFoldFilter extends TokenFilter {
        private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        SimplifiedFoldFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String original = term.toString();
            String folded = fold(original);
            if (!folded.equals(original)) {
                term.setEmpty().append(folded);
            }
            return true;
        }
    }

    /** The Simplified form of a short text (a token or a query). */
    public static String fold(String text) {
        if (text.isEmpty() || text.chars().allMatch(c -> c < 0x2E80)) {
            return text;
        }
        if (text.length() > 8) {
            return ZhConverterUtil.toSimple(text);
        }
        return SimplifiedFoldFilter.FOLDED.computeIfAbsent(text, ZhConverterUtil::toSimple);
    }
}
