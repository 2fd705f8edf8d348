package gov.disclosure.notification.subscription;

import gov.disclosure.notification.platform.Caller;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/notifications/subscriptions")
public class SubscriptionController {
    private final SubscriptionService service;

    public SubscriptionController(SubscriptionService service) {
        this.service = service;
    }

    @PostMapping
    public ResponseEntity<SubscriptionDtos.Created> create(@AuthenticationPrincipal Jwt jwt,
            @Valid @RequestBody SubscriptionDtos.CreateSubscription body) {
        SubscriptionDtos.Created created = service.create(Caller.of(jwt), body);
        return ResponseEntity.created(URI.create("/api/notifications/subscriptions/" + created.id())).body(created);
    }

    @GetMapping
    public List<SubscriptionDtos.View> list(@AuthenticationPrincipal Jwt jwt) {
        return service.list(Caller.of(jwt));
    }

    @GetMapping("/{id}")
    public SubscriptionDtos.View get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return SubscriptionDtos.View.of(service.owned(Caller.of(jwt), id));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        service.delete(Caller.of(jwt), id);
        return ResponseEntity.noContent().build();
    }

    /** New secret, shown once; the previous one keeps signing (second signature) during the overlap. */
    @PostMapping("/{id}/secret/rotate")
    public SubscriptionDtos.RotatedSecret rotate(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return service.rotate(Caller.of(jwt), id);
    }
}
