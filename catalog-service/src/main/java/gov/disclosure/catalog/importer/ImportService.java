package gov.disclosure.catalog.importer;

import gov.disclosure.catalog.agency.AgencyRepository;
import gov.disclosure.catalog.platform.BadRequestException;
import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.platform.ClockConfig;
import gov.disclosure.catalog.platform.ForbiddenException;
import gov.disclosure.catalog.privacy.Match;
import gov.disclosure.catalog.privacy.PrivacyScanner;
import gov.disclosure.catalog.publication.Category;
import gov.disclosure.catalog.publication.Publication;
import gov.disclosure.catalog.publication.PublicationContent;
import gov.disclosure.catalog.publication.PublicationService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports a ZIP of historical documents: {@code manifest.csv} (columns {@code file,title,category,documentNumber,
 * formedOn,publishedOn,subjectTerms}; subject terms separated by {@code ;}) plus one text file per document in
 * whatever encoding it was kept (UTF-8, GB18030/GBK, Big5). Re-importing the same ZIP changes nothing: a row whose
 * agency + document number (or, without one, agency + title + formation date) exists is reported as a duplicate.
 */
@Service
public class ImportService {
    static final List<String> COLUMNS = List.of("file", "title", "category", "documentnumber", "formedon",
            "publishedon", "subjectterms");
    private static final int MAX_ENTRIES = 2000;
    private static final long MAX_UNZIPPED = 200L * 1024 * 1024;

    private final PublicationService publications;
    private final AgencyRepository agencies;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final TextDecoder decoder = new TextDecoder();
    private final MojibakeDetector mojibake = new MojibakeDetector();
    private final PrivacyScanner privacy = new PrivacyScanner();

    public ImportService(PublicationService publications, AgencyRepository agencies, MongoTemplate mongo,
                         Clock clock) {
        this.publications = publications;
        this.agencies = agencies;
        this.mongo = mongo;
        this.clock = clock;
    }

    public ImportReport run(Caller caller, String filename, byte[] zip) throws IOException {
        String agency = caller.agency();
        if (agency == null || !caller.canEditFor(agency) || !agencies.existsById(agency)) {
            throw new ForbiddenException("Only an agency's editors may import its documents.");
        }
        Map<String, byte[]> files = unzip(zip);
        byte[] manifestBytes = files.get("manifest.csv");
        if (manifestBytes == null) {
            throw new BadRequestException("file", "the ZIP has no manifest.csv at its top level");
        }
        String manifest = decoder.decode(manifestBytes).map(TextDecoder.Decoded::text)
                .orElseThrow(() -> new BadRequestException("file", "manifest.csv is in an unknown encoding"));
        List<List<String>> rows = Csv.parse(manifest);
        if (rows.isEmpty()) {
            throw new BadRequestException("file", "manifest.csv is empty");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : COLUMNS) {
            if (!header.contains(column)) {
                throw new BadRequestException("file", "manifest.csv lacks the column " + column);
            }
        }
        String importId = UUID.randomUUID().toString();
        List<ImportReport.Row> accepted = new ArrayList<>();
        List<ImportReport.Row> flagged = new ArrayList<>();
        List<ImportReport.Row> duplicates = new ArrayList<>();
        List<ImportReport.Row> rejected = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size() && c < rows.get(i).size(); c++) {
                row.put(header.get(c), rows.get(i).get(c).strip());
            }
            int rowNumber = i + 1;
            String file = row.getOrDefault("file", "");
            try {
                importRow(caller, agency, importId, filename, rowNumber, row, files, accepted, flagged, duplicates);
            } catch (RowRejected e) {
                rejected.add(new ImportReport.Row(rowNumber, file, null, null, null, e.getMessage(), List.of()));
            }
        }
        ImportReport report = new ImportReport(importId, agency, filename, caller.username(), clock.instant(),
                accepted, flagged, duplicates, rejected);
        return mongo.insert(report);
    }

    private void importRow(Caller caller, String agency, String importId, String zipName, int rowNumber,
                           Map<String, String> row, Map<String, byte[]> files, List<ImportReport.Row> accepted,
                           List<ImportReport.Row> flagged, List<ImportReport.Row> duplicates) {
        String file = row.get("file");
        byte[] bytes = files.get(file);
        if (file.isEmpty() || bytes == null) {
            throw new RowRejected("file '" + file + "' is not in the ZIP");
        }
        String title = row.get("title");
        if (title.isEmpty() || title.length() > 300) {
            throw new RowRejected("title is missing or longer than 300 characters");
        }
        Category category = Arrays.stream(Category.values()).filter(c -> c.name().equalsIgnoreCase(row.get("category"))
                || c.chinese().equals(row.get("category"))).findFirst()
                .orElseThrow(() -> new RowRejected("unknown category '" + row.get("category") + "'"));
        LocalDate today = LocalDate.now(clock);
        LocalDate formedOn = date(row.get("formedon"), "formedOn");
        LocalDate publishedOn = row.get("publishedon").isEmpty() ? formedOn : date(row.get("publishedon"), "publishedOn");
        if (formedOn.isAfter(today) || publishedOn.isAfter(today) || publishedOn.isBefore(formedOn)) {
            throw new RowRejected("dates must not lie in the future and publishedOn not before formedOn");
        }
        String documentNumber = row.get("documentnumber").isEmpty() ? null : row.get("documentnumber");
        TextDecoder.Decoded decoded = decoder.decode(bytes)
                .orElseThrow(() -> new RowRejected("the text is in none of UTF-8, GB18030/GBK or Big5"));
        String body = decoded.text().strip();
        if (body.isEmpty()) {
            throw new RowRejected("the document is empty");
        }
        Publication existing = duplicateOf(agency, documentNumber, title, formedOn);
        if (existing != null) {
            duplicates.add(new ImportReport.Row(rowNumber, file, existing.getId(), existing.getIndexNumber(),
                    decoded.charset(), "already imported", List.of()));
            return;
        }
        List<ImportIssue> issues = new ArrayList<>();
        mojibake.find(body).forEach(d -> issues.add(new ImportIssue("MOJIBAKE", d.start(), d.end(), d.context())));
        for (Match m : privacy.scan(body)) {
            issues.add(new ImportIssue("PRIVACY_" + m.kind(), m.start(), m.end(), null));
        }
        List<String> terms = row.get("subjectterms").isEmpty() ? List.of()
                : Arrays.stream(row.get("subjectterms").split("[;；]")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        PublicationContent content = new PublicationContent(title, body, category, documentNumber, terms, formedOn,
                null);
        Instant now = clock.instant();
        String source = zipName + " / " + file + " (row " + rowNumber + ", " + decoded.charset() + ", import "
                + importId + ")";
        Publication p = Publication.imported(UUID.randomUUID().toString(), agency, content,
                publications.discloseBy(formedOn), caller.username(), now, source, issues);
        Instant originallyPublished = publishedOn.atTime(LocalTime.of(9, 0)).atZone(ClockConfig.CITY_ZONE).toInstant();
        Publication saved = publications.saveImported(p, originallyPublished, caller.username());
        ImportReport.Row result = new ImportReport.Row(rowNumber, file, saved.getId(), saved.getIndexNumber(),
                decoded.charset(), issues.isEmpty() ? null : "kept as a draft: fix the issues, then submit for review",
                issues);
        (issues.isEmpty() ? accepted : flagged).add(result);
    }

    private Publication duplicateOf(String agency, String documentNumber, String title, LocalDate formedOn) {
        Criteria c = Criteria.where("agencyCode").is(agency);
        c = documentNumber != null ? c.and("documentNumber").is(documentNumber)
                : c.and("title").is(title).and("formedOn").is(formedOn);
        return mongo.findOne(Query.query(c), Publication.class);
    }

    private static LocalDate date(String value, String field) {
        String v = value == null ? "" : value.strip();
        try {
            if (v.matches("\\d{4}年\\d{1,2}月\\d{1,2}日")) {
                String[] parts = v.split("[年月日]");
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            return LocalDate.parse(v.replace('/', '-').replace('.', '-'));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new RowRejected(field + " '" + v + "' is not a date (2026-03-19 or 2026年3月19日)");
        }
    }

    /** The ZIP's files by name, bounded in count and size (a ZIP bomb is refused, not unpacked). */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw new BadRequestException("file", "the ZIP has more than " + MAX_ENTRIES + " files");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNZIPPED) {
                        throw new BadRequestException("file", "the ZIP unpacks to more than 200 MB");
                    }
                    out.write(buffer, 0, n);
                }
                files.put(entry.getName(), out.toByteArray());
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("file", "the file is not a readable ZIP");
        }
        if (files.isEmpty()) {
            throw new BadRequestException("file", "the file is not a ZIP or is empty");
        }
        return files;
    }

    /** A row that cannot be imported, with the reason the report shows. */
    static final class RowRejected extends RuntimeException {
        RowRejected(String message) {
            super(message);
        }
    }
}
