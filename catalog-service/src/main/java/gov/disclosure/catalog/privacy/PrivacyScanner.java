package gov.disclosure.catalog.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data and classification marks in text (regulation Art. 14–15: state secrets, personal privacy).
 * Full-width digits and letters are folded to ASCII first, one character for one, so positions stay those of the
 * original text. Digit runs are taken whole: a number inside a longer run of digits is not a match.
 */
public final class PrivacyScanner {
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9][0-9 -]*[0-9Xx]?(?![0-9])");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{16}[0-9Xx]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /**
     * Marks as printed on classified or internal documents: 秘密★一年, 机密★, a bare 绝密 line, 【内部】, 内部资料,
     * 不得外传. Mentions such as 国家秘密 / 商业秘密 (the concepts, common in disclosure texts) are not marks.
     */
    private static final Pattern MARK = Pattern.compile(
            "(?:绝密|機密|机密|絕密|秘密)\\s*[★☆*＊]"
                    + "|(?m)^\\s*(?:绝密|絕密|机密|機密|秘密)\\s*$"
                    + "|[【\\[［(（](?:绝密|絕密|机密|機密|秘密|内部|內部)[】\\]］)）]"
                    + "|(?:内部|內部)(?:资料|資料|文件|材料)"
                    + "|不得外(?:传|傳)");

    public List<Match> scan(String original) {
        if (original == null || original.isEmpty()) {
            return List.of();
        }
        String text = foldWidth(original);
        List<Match> found = new ArrayList<>();
        Matcher runs = DIGIT_RUN.matcher(text);
        while (runs.find()) {
            classifyDigitRun(original, text, runs.start(), runs.end(), found);
        }
        Matcher mail = EMAIL.matcher(text);
        while (mail.find()) {
            found.add(new Match(FindingKind.EMAIL, mail.start(), mail.end(), original.substring(mail.start(), mail.end())));
        }
        Matcher mark = MARK.matcher(text);
        while (mark.find()) {
            int start = mark.start();
            while (start < mark.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            found.add(new Match(FindingKind.CLASSIFICATION_MARK, start, mark.end(),
                    original.substring(start, mark.end())));
        }
        found.sort(Comparator.comparingInt(Match::start));
        return List.copyOf(found);
    }

    /** A run of digits (possibly grouped by spaces or hyphens) is an ID, a mobile number, a bank card or nothing. */
    private static void classifyDigitRun(String original, String text, int start, int end, List<Match> found) {
        String run = text.substring(start, end).strip();
        end = start + run.length();
        String digits = run.replaceAll("[ -]", "");
        boolean grouped = digits.length() != run.length();
        if (!grouped && ID.matcher(digits).matches() && isResidentId(digits)) {
            found.add(new Match(FindingKind.RESIDENT_ID, start, end, original.substring(start, end)));
        } else if (isMobile(digits)) {
            found.add(new Match(FindingKind.MOBILE_NUMBER, start, end, original.substring(start, end)));
        } else if (digits.chars().allMatch(Character::isDigit) && digits.length() >= 16 && digits.length() <= 19
                && luhn(digits) && (!grouped || run.matches("[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?"))) {
            found.add(new Match(FindingKind.BANK_CARD, start, end, original.substring(start, end)));
        }
    }

    /** 11 digits starting 13–19, optionally behind the country code 86 ("+86 138 0013 8000" counts too). */
    private static boolean isMobile(String digits) {
        String national = digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
        return national.length() == 11 && MOBILE.matcher(national).matches();
    }

    /** GB 11643-1999: weighted sum mod 11 gives the check character, and the birth date must exist. */
    public static boolean isResidentId(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] checks = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * weights[i];
        }
        if (Character.toUpperCase(id.charAt(17)) != checks[sum % 11]) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** Full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space to a space; same length. */
    static String foldWidth(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
