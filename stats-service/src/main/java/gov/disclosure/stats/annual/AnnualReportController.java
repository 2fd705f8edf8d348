package gov.disclosure.stats.annual;

import gov.disclosure.stats.platform.Caller;
import gov.disclosure.stats.platform.ForbiddenException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

@RestController
@RequestMapping("/api/stats/annual-reports")
public class AnnualReportController {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final AnnualReportService service;
    private final EnteredFiguresStore store;
    private final ITemplateEngine templates;

    public AnnualReportController(AnnualReportService service, EnteredFiguresStore store, ITemplateEngine templates) {
        this.service = service;
        this.store = store;
        this.templates = templates;
    }

    /** Public (annual reports are published). JSON by default, {@code Accept: text/html} the printed form, CSV. */
    @GetMapping("/{year}")
    public ResponseEntity<?> report(@PathVariable int year, @RequestParam(required = false) String agency,
                                    @RequestParam(required = false) String format,
                                    @RequestHeader(value = "Accept", required = false) String accept) {
        AnnualReport report = service.report(year, agency == null || agency.isBlank() ? null : agency);
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"annual-report-" + year
                            + (agency == null ? "-city" : "-" + agency) + ".csv\"")
                    .body(AnnualReportCsv.render(report));
        }
        if ("html".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/html"))) {
            Context context = new Context(Locale.SIMPLIFIED_CHINESE);
            context.setVariable("report", report);
            return ResponseEntity.ok().contentType(HTML).body(templates.process("annual-report", context));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    /** AGENCY_ADMIN of the agency only: figures kept outside the platform and the text parts 一, 五, 六. */
    @PutMapping("/{year}/entered-figures")
    public EnteredFigures enter(@PathVariable int year, @RequestParam(required = false) String agency,
                                @RequestBody EnteredFiguresRequest body, Authentication auth) {
        Caller caller = Caller.of(auth);
        if (!caller.agencyAdmin() || caller.agency() == null) {
            throw new ForbiddenException("only an agency admin may enter figures");
        }
        if (agency != null && !agency.isBlank() && !agency.equals(caller.agency())) {
            throw new ForbiddenException("an agency admin may only enter its own agency's figures");
        }
        if (year < 2008 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return store.merge(caller.agency(), year, body, caller.username());
    }

    @GetMapping("/{year}/entered-figures")
    public EnteredFigures entered(@PathVariable int year, @RequestParam(required = false) String agency,
                                  Authentication auth) {
        Caller caller = Caller.of(auth);
        String readable = caller.readableAgency(agency);
        if (readable == null) {
            throw new IllegalArgumentException("agency is required");
        }
        return store.find(readable, year);
    }
}
