package gov.disclosure.reliability;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A real HTTP client against the gateway (or one service directly), with cached tokens from the dev issuer. */
final class Http {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    record Response(int status, String body, HttpResponse<String> raw, long millis) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private Http() {
    }

    static String token(String username) throws Exception {
        String cached = TOKENS.get(username);
        if (cached != null) {
            return cached;
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode("Demo#2026", StandardCharsets.UTF_8);
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(Platform.get().gateway() + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        String token = JSON.readTree(r.body()).get("access_token").asString();
        TOKENS.put(username, token);
        return token;
    }

    static Response get(String path, String user) throws Exception {
        return send(Platform.get().gateway() + path, "GET", user, null, Map.of(), Duration.ofSeconds(30));
    }

    static Response post(String path, String user, String body) throws Exception {
        return send(Platform.get().gateway() + path, "POST", user, body, Map.of(), Duration.ofSeconds(30));
    }

    static Response send(String url, String method, String user, String body, Map<String, String> headers,
                         Duration timeout) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (body != null || method.equals("POST")) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        headers.forEach(b::header);
        long t0 = System.nanoTime();
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body(), r, (System.nanoTime() - t0) / 1_000_000);
    }
}
