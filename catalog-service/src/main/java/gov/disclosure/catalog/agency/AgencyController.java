package gov.disclosure.catalog.agency;

import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.platform.ConflictException;
import gov.disclosure.catalog.platform.ForbiddenException;
import gov.disclosure.catalog.platform.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/** The agencies of the city and their disclosure guides. */
@RestController
@RequestMapping("/api/catalog/agencies")
public class AgencyController {
    private final AgencyRepository agencies;
    private final DisclosureGuideRepository guides;
    private final Clock clock;

    public AgencyController(AgencyRepository agencies, DisclosureGuideRepository guides, Clock clock) {
        this.agencies = agencies;
        this.guides = guides;
        this.clock = clock;
    }

    @GetMapping
    public List<Agency> list() {
        return agencies.findAll(Sort.by("code"));
    }

    @GetMapping("/{code}")
    public Agency get(@PathVariable String code) {
        return agencies.findById(code).orElseThrow(() -> new NotFoundException("No agency " + code));
    }

    @GetMapping("/{code}/guide")
    public DisclosureGuide guide(@PathVariable String code) {
        return guides.findById(code).orElseThrow(() -> new NotFoundException("No disclosure guide for " + code));
    }

    /** The agency admin edits the guide; {@code If-Match} (the version) guards against lost updates. */
    @PutMapping("/{code}/guide")
    public DisclosureGuide editGuide(@PathVariable String code, @Valid @RequestBody GuideContent content,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     Authentication authentication) {
        Caller caller = Caller.of(authentication);
        get(code);
        if (!caller.isAdminOf(code)) {
            throw new ForbiddenException("Only the admin of " + code + " may edit its disclosure guide.");
        }
        DisclosureGuide guide = guides.findById(code)
                .orElseGet(() -> new DisclosureGuide(code, null, null, null));
        if (ifMatch != null && guide.getVersion() != null
                && !ifMatch.replace("\"", "").equals(String.valueOf(guide.getVersion()))) {
            throw new ConflictException("The guide was changed since version " + ifMatch + "; reload it.");
        }
        if (guide.getContent() == null) {
            guide = new DisclosureGuide(code, content, clock.instant(), caller.username());
        } else {
            guide.revise(content, clock.instant(), caller.username());
        }
        return guides.save(guide);
    }
}
