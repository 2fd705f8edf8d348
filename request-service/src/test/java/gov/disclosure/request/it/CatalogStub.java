package gov.disclosure.request.it;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A real HTTP peer standing in for catalog-service's search; switch {@code failing} to make it answer 503. */
final class CatalogStub {
    volatile boolean failing;
    volatile String lastQuery = "";
    private final HttpServer server;

    CatalogStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/catalog/publications", exchange -> {
            lastQuery = String.valueOf(exchange.getRequestURI().getQuery());
            byte[] body = (failing ? "{\"title\":\"down\"}"
                    : "{\"items\":[{\"id\":\"p1\",\"title\":\"2025 hospital inspection results\","
                    + "\"indexNumber\":\"city-health-2025-0001\",\"agencyCode\":\"city-health\",\"category\":\"REPORT\","
                    + "\"publishedAt\":\"2026-01-05T02:00:00Z\"}],\"page\":0,\"size\":5,\"total\":1}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(failing ? 503 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
