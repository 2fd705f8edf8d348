package gov.disclosure.catalog.attachment;

import gov.disclosure.catalog.platform.BadRequestException;
import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationRepository;
import gov.disclosure.catalog.publication.PublicationService;
import org.bson.types.ObjectId;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Attachments of draft records (PDF, DOCX, XLSX, PNG, JPEG, at most 20 MB each), stored in GridFS. The file is stored
 * first and the record updated second; if the record update fails the file is deleted again, so no orphan remains.
 */
@RestController
@RequestMapping("/api/catalog/publications/{id}/attachments")
public class AttachmentController {
    private final PublicationService service;
    private final PublicationRepository publications;
    private final GridFsTemplate gridFs;
    private final TextExtractor extractor;

    public AttachmentController(PublicationService service, PublicationRepository publications, GridFsTemplate gridFs,
                                TextExtractor extractor) {
        this.service = service;
        this.publications = publications;
        this.gridFs = gridFs;
        this.extractor = extractor;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<AttachmentView> upload(@PathVariable String id, @RequestParam("file") MultipartFile file,
                                                 Authentication authentication) throws IOException {
        Publication p = service.forEditor(id, Caller.of(authentication));
        if (file.isEmpty()) {
            throw new BadRequestException("file", "the file is empty");
        }
        byte[] bytes = file.getBytes();
        String filename = safeName(file.getOriginalFilename());
        AttachmentType type = AttachmentType.detect(bytes, filename).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "Only PDF, DOCX, XLSX, PNG and JPEG files can be attached."));
        String text;
        try {
            text = extractor.extract(type, bytes);
        } catch (IOException | RuntimeException e) {
            throw new BadRequestException("file", "the " + type + " file could not be read: it may be damaged");
        }
        ObjectId fileId = gridFs.store(new ByteArrayInputStream(bytes), filename, type.mediaType(),
                new org.bson.Document("publicationId", id));
        Attachment attachment = new Attachment(UUID.randomUUID().toString(), fileId.toHexString(), filename, type,
                bytes.length, sha256(bytes), text);
        try {
            p.addAttachment(attachment);
            publications.save(p);
        } catch (RuntimeException e) {
            gridFs.delete(Query.query(Criteria.where("_id").is(fileId)));
            throw e;
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(AttachmentView.of(id, attachment));
    }

    @GetMapping("/{attachmentId}")
    public ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String attachmentId,
                                                        Authentication authentication) throws IOException {
        Publication p = service.visible(id, Caller.of(authentication));
        Attachment a = p.attachment(attachmentId);
        GridFsResource resource = gridFs.getResource(gridFs.findOne(
                Query.query(Criteria.where("_id").is(new ObjectId(a.fileId())))));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.type().mediaType()))
                .contentLength(a.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(resource.getInputStream()));
    }

    @DeleteMapping("/{attachmentId}")
    public ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String attachmentId,
                                       Authentication authentication) {
        Publication p = service.forEditor(id, Caller.of(authentication));
        Attachment removed = p.removeAttachment(attachmentId);
        publications.save(p);
        gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(removed.fileId()))));
        return ResponseEntity.noContent().build();
    }

    /** The file's own name without any path, control characters or quotes (it ends up in a header). */
    static String safeName(String original) {
        String name = original == null ? "attachment" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.isEmpty() ? "attachment" : (name.length() > 200 ? name.substring(name.length() - 200) : name);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
