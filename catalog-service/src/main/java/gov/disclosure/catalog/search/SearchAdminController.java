package gov.disclosure.catalog.search;

import gov.disclosure.catalog.platform.Caller;
import gov.disclosure.catalog.platform.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Operations rebuild this instance's search index from MongoDB on demand (it is also rebuilt at every start). */
@RestController
public class SearchAdminController {
    private final SearchIndexLoader loader;

    public SearchAdminController(SearchIndexLoader loader) {
        this.loader = loader;
    }

    @PostMapping("/api/catalog/admin/search-index/rebuild")
    public Map<String, Object> rebuild(Authentication authentication) {
        if (!Caller.of(authentication).has("OPS")) {
            throw new ForbiddenException("Only operations rebuild the search index.");
        }
        long start = System.nanoTime();
        long indexed = loader.rebuild();
        return Map.of("indexed", indexed, "millis", (System.nanoTime() - start) / 1_000_000);
    }
}
