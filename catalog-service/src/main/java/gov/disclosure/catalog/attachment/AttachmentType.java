package gov.disclosure.catalog.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types a record may carry, recognised by their first bytes (never by the name or the declared content
 * type, which the uploader controls).
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** PDF by %PDF, images by their signatures, DOCX/XLSX as ZIPs told apart by the name's extension. */
    public static Optional<AttachmentType> detect(byte[] head, String filename) {
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) && filename != null) {
            String lower = filename.toLowerCase();
            return Arrays.stream(new AttachmentType[]{DOCX, XLSX}).filter(t -> lower.endsWith("." + t.extension))
                    .findFirst();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
