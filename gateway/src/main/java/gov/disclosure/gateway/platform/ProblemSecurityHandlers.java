package gov.disclosure.gateway.platform;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** Security errors in the same problem+json shape as every other error (RFC 6750 challenge included). */
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean badToken = ex instanceof InvalidBearerTokenException
                || ex.getClass().getName().contains("OAuth2AuthenticationException");
        // The reason stays vague on purpose: telling which check failed helps an attacker more than a client.
        String challenge = badToken ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid\""
                : "Bearer";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        String detail = badToken ? "The access token is invalid or expired" : "Authentication is required";
        return Problems.write(exchange,
                Problems.problem(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, exchange));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer error=\"insufficient_scope\"");
        return Problems.write(exchange,
                Problems.problem(HttpStatus.FORBIDDEN, "Forbidden", "Not allowed for this account", exchange));
    }
}
