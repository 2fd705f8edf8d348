package gov.disclosure.request.intake;

/** GB 32100-2015 unified social credit code of organisations: 17 characters + a MOD 31 check character. */
public final class UnifiedSocialCreditCode {
    /** The code's alphabet: digits and capitals without I, O, S, V, Z. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        String c = code.toUpperCase();
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(c.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check) == c.charAt(17);
    }
}
