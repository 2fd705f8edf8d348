package gov.disclosure.request.privacy;

/** How personal data appears in responses: enough to recognise, not enough to reuse. */
public final class Masking {
    private Masking() {
    }

    /** {@code 110105194912310021} → {@code 1101**********0021}. */
    public static String idNumber(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** {@code zhang.san@example.cn} → {@code z***@example.cn}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Addresses keep their first characters only (district level). */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        return address.length() <= 6 ? "***" : address.substring(0, 6) + "***";
    }
}
