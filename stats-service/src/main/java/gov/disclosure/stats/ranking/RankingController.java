package gov.disclosure.stats.ranking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RankingController {
    private final RankingService service;

    public RankingController(RankingService service) {
        this.service = service;
    }

    /** CITY_SUPERVISOR only (see SecurityConfig). */
    @GetMapping("/api/stats/rankings/{year}")
    public Ranking rankings(@PathVariable int year) {
        if (year < 2008 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return service.rank(year);
    }
}
