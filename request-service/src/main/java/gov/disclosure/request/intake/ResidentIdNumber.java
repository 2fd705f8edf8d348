package gov.disclosure.request.intake;

import java.time.DateTimeException;
import java.time.LocalDate;

/** GB 11643-1999 citizen identity number: 17 digits (region, birth date, sequence) + ISO 7064 MOD 11-2 check. */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    public static boolean isValid(String id) {
        if (id == null || !id.matches("[0-9]{17}[0-9Xx]")) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1900) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return Character.toUpperCase(id.charAt(17)) == checkChar(id.substring(0, 17));
    }

    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
