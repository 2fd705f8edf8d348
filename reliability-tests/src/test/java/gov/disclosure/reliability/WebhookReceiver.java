package gov.disclosure.reliability;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Another department's webhook endpoint on loopback. It can go down (socket closed: connection refused) and come back
 * on the same port; {@link #calls} holds only the deliveries it acknowledged (204).
 */
final class WebhookReceiver implements AutoCloseable {
    record Call(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final int port;
    private HttpServer server;

    WebhookReceiver(int port) throws IOException {
        start(port);
        this.port = server.getAddress().getPort();
    }

    private void start(int p) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", p), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    void down() {
        server.stop(0);
    }

    void up() throws IOException {
        start(port);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    List<Call> callsFor(String subject) {
        return calls.stream().filter(c -> c.body().contains(subject)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
