package gov.disclosure.catalog.attachment;

/**
 * An attached file: the bytes live in GridFS under {@code fileId}; the extracted text lives here for the privacy gate
 * and the index.
 */
public record Attachment(String id, String fileId, String filename, AttachmentType type, long size, String sha256,
                         String text) {
}
