package gov.disclosure.catalog.importer;

import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.platform.NotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** Bulk import of historical documents: a ZIP with {@code manifest.csv} and the documents' text files. */
@RestController
@RequestMapping("/api/catalog/imports")
public class ImportController {
    private final ImportService imports;
    private final MongoTemplate mongo;

    public ImportController(ImportService imports, MongoTemplate mongo) {
        this.imports = imports;
        this.mongo = mongo;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportReport> upload(@RequestParam("file") MultipartFile file,
                                               Authentication authentication) throws IOException {
        ImportReport report = imports.run(Caller.of(authentication), file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(report);
    }

    @GetMapping("/{id}")
    public ImportReport get(@PathVariable String id, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        ImportReport report = mongo.findById(id, ImportReport.class);
        if (report == null || !caller.canSeeInternalsOf(report.agencyCode())) {
            throw new NotFoundException("No import " + id);
        }
        return report;
    }
}
