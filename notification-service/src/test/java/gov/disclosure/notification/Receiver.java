package gov.disclosure.notification;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real webhook receiver on a loopback port: records every call, answers with scripted status codes (then 200). */
final class Receiver implements AutoCloseable {
    record Call(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            calls.add(new Call(path, Map.copyOf(exchange.getRequestHeaders()), body));
            Integer scripted = scripts.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
            int status = scripted != null ? scripted : always.getOrDefault(path, 200);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next calls to {@code path} get these statuses, in order; later ones get 200 (or {@link #always}). */
    void script(String path, Integer... statuses) {
        scripts.put(path, new ConcurrentLinkedQueue<>(List.of(statuses)));
    }

    void always(String path, int status) {
        always.put(path, status);
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
