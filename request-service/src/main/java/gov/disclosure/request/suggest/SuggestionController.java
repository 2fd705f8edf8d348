package gov.disclosure.request.suggest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SuggestionController {
    private final CatalogSuggestions suggestions;

    public SuggestionController(CatalogSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** Published records matching the description the applicant is about to file. */
    @GetMapping("/api/requests/suggestions")
    public CatalogSuggestions.Suggestions suggest(@RequestParam(required = false) String q,
                                                  @RequestParam(required = false) String agency) {
        return suggestions.suggest(q, agency);
    }
}
