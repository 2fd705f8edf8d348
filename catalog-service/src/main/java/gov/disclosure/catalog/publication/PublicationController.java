package gov.disclosure.catalog.publication;

import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.privacy.ResolveFinding;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The workflow endpoints of the public contract (catalogue section). */
@RestController
@RequestMapping("/api/catalog/publications")
public class PublicationController {
    private final PublicationService service;

    public PublicationController(PublicationService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<PublicationView> create(@Valid @RequestBody CreatePublication body,
                                                  Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Publication p = service.create(caller, body.agencyCode(), body.content());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(p.getId()).toUri()).body(PublicationView.of(p, true));
    }

    @GetMapping("/{id}")
    public PublicationView get(@PathVariable String id, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Publication p = service.visible(id, caller);
        return PublicationView.of(p, caller.canSeeInternalsOf(p.getAgencyCode()));
    }

    @PostMapping("/{id}/submit")
    public PublicationView submit(@PathVariable String id, @RequestBody(required = false) VersionOnly body,
                                  Authentication authentication) {
        return PublicationView.of(service.submit(id, Caller.of(authentication), body == null ? null : body.version()),
                true);
    }

    @PostMapping("/{id}/findings/{findingId}")
    public PublicationView resolveFinding(@PathVariable String id, @PathVariable String findingId,
                                          @Valid @RequestBody ResolveFinding body, Authentication authentication) {
        return PublicationView.of(service.resolveFinding(id, findingId, Caller.of(authentication), body), true);
    }

    @PostMapping("/{id}/review")
    public PublicationView review(@PathVariable String id, @Valid @RequestBody ReviewDecision body,
                                  Authentication authentication) {
        return PublicationView.of(service.review(id, Caller.of(authentication), body, body.version()), true);
    }

    @PostMapping("/{id}/publish")
    public ResponseEntity<PublicationView> publish(@PathVariable String id,
                                                   @RequestBody(required = false) PublishCommand body,
                                                   Authentication authentication) {
        Publication p = service.publish(id, Caller.of(authentication), body == null ? null : body.publishAt(),
                body == null ? null : body.version());
        HttpStatus status = p.getStatus() == PublicationStatus.SCHEDULED ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(PublicationView.of(p, true));
    }

    /** A new draft amending a published record; the old one stays public, marked superseded once this is out. */
    @PostMapping("/{id}/amend")
    public ResponseEntity<PublicationView> amend(@PathVariable String id, @Valid @RequestBody AmendPublication body,
                                                 Authentication authentication) {
        Publication p = service.amend(id, Caller.of(authentication), body.content());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/catalog/publications/{id}").buildAndExpand(p.getId()).toUri())
                .body(PublicationView.of(p, true));
    }

    @PostMapping("/{id}/validity")
    public PublicationView validity(@PathVariable String id, @Valid @RequestBody ValidityChange body,
                                    Authentication authentication) {
        return PublicationView.of(service.changeValidity(id, Caller.of(authentication), body.validity(), body.reason(),
                body.version()), true);
    }

    @PostMapping("/{id}/revoke")
    public PublicationView revoke(@PathVariable String id, @Valid @RequestBody RevokeCommand body,
                                  Authentication authentication) {
        return PublicationView.of(service.revoke(id, Caller.of(authentication), body.reason(), body.version()),
                true);
    }
}
