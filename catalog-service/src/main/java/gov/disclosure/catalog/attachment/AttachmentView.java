package gov.disclosure.catalog.attachment;

/** An attachment as the API lists it: where to download it, never its extracted text. */
public record AttachmentView(String id, String filename, AttachmentType type, String mediaType, long size,
                             String sha256, String url) {
    public static AttachmentView of(String publicationId, Attachment a) {
        return new AttachmentView(a.id(), a.filename(), a.type(), a.type().mediaType(), a.size(), a.sha256(),
                "/api/catalog/publications/" + publicationId + "/attachments/" + a.id());
    }
}
