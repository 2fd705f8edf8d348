package gov.disclosure.reliability;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

/** Filing information requests through the gateway, and the stats dashboard that counts them. */
final class Requests {
    static final String BODY = """
            {"agencyCode":"city-health","applicantType":"NATURAL_PERSON",
             "applicant":{"name":"李四","idType":"RESIDENT_ID","idNumber":"11010519491231002X",
                          "phone":"13800138000","email":"lisi@example.com","address":"东城区和平路2号"},
             "description":"请公开本市2026年公共卫生应急物资储备情况（可靠性测试）","purpose":"了解应急储备",
             "form":"ELECTRONIC","delivery":"ONLINE","channel":"ONLINE"}""";

    private Requests() {
    }

    static Http.Response file(String baseUrl, String idempotencyKey, Duration timeout) throws Exception {
        return Http.send(baseUrl + "/api/requests", "POST", "citizen1", BODY,
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey), timeout);
    }

    /** The {@code requests} block of the dashboard of one agency, read as the city supervisor. */
    static JsonNode dashboardRequests(String agency) throws Exception {
        return dashboard(agency).get("requests");
    }

    static JsonNode dashboard(String agency) throws Exception {
        Http.Response r = Http.get("/api/stats/dashboard?agency=" + agency, "supervisor");
        if (r.status() != 200) {
            throw new IllegalStateException("dashboard " + agency + ": " + r.status() + " " + r.body());
        }
        return r.json();
    }
}
