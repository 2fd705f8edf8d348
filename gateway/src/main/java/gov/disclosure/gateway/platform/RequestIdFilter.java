package gov.disclosure.gateway.platform;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Runs before security so that every response, 401s included, carries the id; the id is also set on the request the
 * gateway forwards, so service logs and gateway logs correlate.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    /** Path as the caller sent it: fallbacks are reached by an internal forward that changes the request path. */
    public static final String ORIGINAL_PATH = RequestIdFilter.class.getName() + ".path";
    // Caller-supplied ids end up in logs and headers: accept only short, harmless tokens.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> h.set(HEADER, id)).build();
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getAttributes().put(ORIGINAL_PATH, exchange.getRequest().getPath().value());
        ServerWebExchange mutated = exchange.mutate().request(request).build();
        mutated.getResponse().beforeCommit(() -> {
            mutated.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(mutated);
    }
}
