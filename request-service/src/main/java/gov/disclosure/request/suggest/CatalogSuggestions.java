package gov.disclosure.request.suggest;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Before filing, show published catalogue records that may already answer the request (issue 4 "Intake"). The
 * catalogue is optional for filing: behind a circuit breaker and short timeouts, a slow or down catalogue yields an
 * empty list with {@code degraded=true}, never an error.
 */
@Service
public class CatalogSuggestions {
    private static final Logger log = LoggerFactory.getLogger(CatalogSuggestions.class);
    private static final int LIMIT = 5;

    private final RestClient client;
    private final CircuitBreaker breaker;

    public CatalogSuggestions(RestClient.Builder builder, @Value("${platform.catalog-url}") String catalogUrl,
                              @Value("${platform.catalog.timeout:PT2S}") Duration timeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        this.client = builder.clone().baseUrl(catalogUrl).requestFactory(factory).build();
        this.breaker = CircuitBreaker.of("catalog", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreExceptions(HttpClientErrorException.class) // our bad query is not the catalogue's failure
                .build());
    }

    public record Suggestion(String id, String title, String indexNumber, String agencyCode, String category,
                             String publishedAt) {
    }

    /** @param degraded the catalogue could not be asked; the list is empty for that reason, not for lack of matches */
    public record Suggestions(List<Suggestion> items, boolean degraded, String note) {
    }

    public Suggestions suggest(String q, String agency) {
        if (q == null || q.isBlank()) {
            return new Suggestions(List.of(), false, null);
        }
        try {
            return new Suggestions(breaker.executeSupplier(() -> fetch(q.strip(), agency)), false, null);
        } catch (CallNotPermittedException e) {
            return new Suggestions(List.of(), true, "The catalogue is temporarily unavailable.");
        } catch (RuntimeException e) {
            log.warn("catalogue search failed: {}", e.getClass().getSimpleName());
            return new Suggestions(List.of(), true, "The catalogue is temporarily unavailable.");
        }
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    private List<Suggestion> fetch(String q, String agency) {
        JsonNode page = client.get()
                .uri(b -> {
                    b.path("/api/catalog/publications").queryParam("q", q).queryParam("size", LIMIT);
                    if (agency != null && !agency.isBlank()) {
                        b.queryParam("agency", agency);
                    }
                    return b.build();
                })
                .retrieve().body(JsonNode.class);
        List<Suggestion> out = new ArrayList<>();
        if (page != null) {
            for (JsonNode item : page.path("items")) {
                if (out.size() == LIMIT) {
                    break;
                }
                out.add(new Suggestion(text(item, "id", "publicationId"), text(item, "title"),
                        text(item, "indexNumber"), text(item, "agencyCode"), text(item, "category"),
                        text(item, "publishedAt")));
            }
        }
        return out;
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull()) {
                return v.asString();
            }
        }
        return null;
    }
}
