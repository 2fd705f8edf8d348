package gov.disclosure.stats.rebuild;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RebuildController {
    private final RebuildService service;

    public RebuildController(RebuildService service) {
        this.service = service;
    }

    /** OPS only: replay all topics into fresh collections and swap them in (synchronous; 409 if one is running). */
    @PostMapping("/api/stats/admin/rebuild")
    public RebuildService.Result rebuild() {
        return service.rebuild();
    }
}
