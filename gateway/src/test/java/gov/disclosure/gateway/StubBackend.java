package gov.disclosure.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the backend services: records what reaches it, answers JSON, and answers
 * {@code /api/stats/**} slowly so the gateway's time limiter can be exercised.
 */
final class StubBackend implements AutoCloseable {

    record Received(String method, String uri, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final long slowMillis;

    StubBackend(long slowMillis) throws IOException {
        this.slowMillis = slowMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> String.join(",", e.getValue()),
                            (a, b) -> a));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers));
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/api/stats/")) {
                sleep(slowMillis);
            }
            String json;
            int status;
            if (path.equals("/v3/api-docs")) {
                json = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"stub-service\",\"version\":\"1\"}}";
                status = 200;
            } else {
                json = "{\"path\":\"" + path + "\"}";
                status = exchange.getRequestMethod().equals("POST") ? 201 : 200;
            }
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
