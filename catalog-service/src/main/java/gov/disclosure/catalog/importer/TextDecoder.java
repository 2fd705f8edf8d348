package gov.disclosure.catalog.importer;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes the bytes of a historical document whose encoding nobody recorded: UTF-8 when the bytes are valid UTF-8
 * (with or without BOM), otherwise the first of the detector's guess, GB18030 and Big5 that decodes without a single
 * error, preferring the one whose text is most made of common Chinese characters.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    public record Decoded(String text, String charset) {
    }

    public Optional<Decoded> decode(byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Optional<String> utf8 = strict(bytes, bom, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return Optional.of(new Decoded(utf8.get(), "UTF-8"));
        }
        Set<Charset> candidates = new LinkedHashSet<>();
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess != null && Charset.isSupported(guess)) {
            Charset c = Charset.forName(guess);
            // GB2312 and GBK are subsets of GB18030: decode with the superset
            candidates.add(c.name().matches("(?i)GB2312|GBK|x-GBK") ? GB18030 : c);
        }
        candidates.add(GB18030);
        candidates.add(BIG5);
        List<Decoded> decodable = new ArrayList<>();
        for (Charset c : candidates) {
            strict(bytes, 0, c).ifPresent(text -> decodable.add(new Decoded(text, c.name())));
        }
        return decodable.stream().max((a, b) -> Double.compare(commonness(a.text()), commonness(b.text())));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Share of CJK characters among the most common ones of government prose (in either script). A wrong decoding of
     * the same bytes yields valid but rare characters, so it scores far lower.
     */
    static double commonness(String text) {
        String common = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
                + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它"
                + "合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没"
                + "結這個們時來對會過說進經發現開關點實從業還應體當與義後動問種長頁區東車書門見為處將務據條規總計劃鎮鄉區縣";
        long cjk = text.codePoints().filter(cp -> cp >= 0x4E00 && cp <= 0x9FFF).count();
        if (cjk == 0) {
            return 0;
        }
        long hits = text.codePoints().filter(cp -> common.indexOf(cp) >= 0).count();
        return (double) hits / cjk;
    }
}
