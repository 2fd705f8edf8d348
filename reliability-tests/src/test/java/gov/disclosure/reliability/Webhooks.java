package gov.disclosure.reliability;

/** Webhook subscriptions of a department (editor.edu) to the publications of one agency. */
final class Webhooks {
    private Webhooks() {
    }

    static String subscribe(String url, String agency) throws Exception {
        Http.Response r = Http.post("/api/notifications/subscriptions", "editor.edu", """
                {"channel":"WEBHOOK","target":"%s","filter":{"agencies":["%s"],"categories":[],
                 "eventTypes":["gov.disclosure.publication.published"]}}""".formatted(url, agency));
        if (r.status() != 201) {
            throw new IllegalStateException("subscription: " + r.status() + " " + r.body());
        }
        return r.json().get("id").asString();
    }

    static Http.Response deliveries(String subscriptionId) throws Exception {
        return Http.get("/api/notifications/subscriptions/" + subscriptionId + "/deliveries", "editor.edu");
    }
}
