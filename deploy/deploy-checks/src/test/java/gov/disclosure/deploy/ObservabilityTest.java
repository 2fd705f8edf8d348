package gov.disclosure.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static gov.disclosure.deploy.Obj.list;
import static gov.disclosure.deploy.Obj.map;
import static gov.disclosure.deploy.Obj.maps;
import static gov.disclosure.deploy.Obj.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Alert rules, dashboards and scrape config name only real metrics and link existing runbook sections. */
class ObservabilityTest {
    private static final Path ALERTS = Repo.OBSERVABILITY.resolve("alerts.yml");
    private static final Path RULE_CR = Repo.K8S.resolve("base/monitoring/prometheusrule.yaml");
    private static final Path DASHBOARDS = Repo.OBSERVABILITY.resolve("grafana/dashboards");

    /** section name -> metric names of deploy/observability/known-metrics.txt */
    static Map<String, Set<String>> knownMetrics() {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        String section = null;
        for (String line : Repo.read(Repo.OBSERVABILITY.resolve("known-metrics.txt")).lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[")) {
                section = l.substring(1, l.indexOf(']'));
                sections.put(section, new TreeSet<>());
            } else {
                assertThat(section).as("metric before any [section]: " + l).isNotNull();
                sections.get(section).add(l.split("\\s+")[0]);
            }
        }
        return sections;
    }

    static Set<String> allKnown() {
        Set<String> all = new HashSet<>();
        knownMetrics().values().forEach(all::addAll);
        return all;
    }

    private static List<Map<String, Object>> rules() {
        return maps(Repo.loadMap(ALERTS), "groups").stream().flatMap(g -> maps(g, "rules").stream()).toList();
    }

    @Test
    void every_alert_names_known_metrics_and_links_an_existing_runbook_section() {
        Set<String> known = allKnown();
        Set<String> anchors = Markdown.anchors(Repo.DOCS.resolve("runbook.md"));
        List<Map<String, Object>> rules = rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(10);
        Set<String> names = new HashSet<>();
        for (Map<String, Object> rule : rules) {
            String alert = str(rule, "alert");
            assertThat(names.add(alert)).as("duplicate alert " + alert).isTrue();
            assertThat(PromQl.metricNames(str(rule, "expr"))).as(alert + " metrics").isNotEmpty().isSubsetOf(known);
            assertThat(str(rule, "labels", "severity")).as(alert).isIn("critical", "warning", "info");
            assertThat(str(rule, "annotations", "summary")).as(alert).isNotBlank();
            String url = str(rule, "annotations", "runbook_url");
            assertThat(url).as(alert).startsWith("docs/runbook.md#");
            assertThat(anchors).as(alert + " runbook anchor").contains(url.substring(url.indexOf('#') + 1));
        }
        // the alerts the platform promises (issue 9)
        assertThat(names).contains("ServiceDown", "HighErrorRate", "HighLatencyP99", "KafkaConsumerLag",
                "DeadLetterTopicNotEmpty", "OutboxBacklogOld", "RequestsOverdue", "DeliveriesDeadLettered",
                "CircuitBreakerOpen", "JvmHeapHigh", "CertificateExpiringSoon");
    }

    @Test
    void every_dashboard_is_valid_json_with_unique_uid_and_names_only_known_metrics() throws Exception {
        Set<String> known = allKnown();
        ObjectMapper json = new ObjectMapper();
        List<Path> files = Repo.filesUnder(DASHBOARDS, ".json");
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("platform-overview.json", "service.json", "business.json");
        Set<String> uids = new HashSet<>();
        for (Path file : files) {
            JsonNode dash = json.readTree(file.toFile());
            assertThat(uids.add(dash.path("uid").asText())).as(file + " uid").isTrue();
            assertThat(dash.path("title").asText()).as(file.toString()).isNotBlank();
            assertThat(dash.path("panels").size()).as(file.toString()).isGreaterThan(5);
            for (JsonNode panel : dash.path("panels")) {
                assertThat(panel.path("targets").size()).as(file + " " + panel.path("title")).isPositive();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(target.path("datasource").path("uid").asText()).isEqualTo("prometheus");
                    assertThat(PromQl.metricNames(target.path("expr").asText()))
                            .as(file.getFileName() + " / " + panel.path("title").asText()).isNotEmpty().isSubsetOf(known);
                }
            }
        }
        Map<String, Object> ds = Repo.loadMap(Repo.OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml"));
        assertThat(maps(ds, "datasources")).anySatisfy(d -> assertThat(d.get("uid")).isEqualTo("prometheus"));
        Map<String, Object> provider = Repo.loadMap(Repo.OBSERVABILITY.resolve("grafana/provisioning/dashboards/disclosure.yml"));
        assertThat(str(provider, "providers", 0, "type")).isEqualTo("file");
    }

    @Test
    void metrics_not_yet_exposed_are_listed_as_needed_in_the_observability_doc() {
        String doc = Repo.read(Repo.DOCS.resolve("observability.md"));
        assertThat(knownMetrics()).containsKeys("exposed", "code", "needed");
        assertThat(knownMetrics().get("exposed")).contains("http_server_requests_seconds_count",
                "resilience4j_circuitbreaker_state", "kafka_consumer_fetch_manager_records_lag_max",
                "jvm_memory_used_bytes", "mongodb_driver_pool_size", "spring_kafka_listener_seconds_count");
        for (String needed : knownMetrics().get("needed")) {
            assertThat(doc).as("docs/observability.md lists " + needed).contains("`" + needed + "`");
        }
    }

    @Test
    void prometheus_scrapes_the_five_services_on_their_actuator_endpoint() {
        Map<String, Object> prom = Repo.loadMap(Repo.OBSERVABILITY.resolve("prometheus.yml"));
        Map<String, Object> job = maps(prom, "scrape_configs").stream()
                .filter(j -> "disclosure-services".equals(j.get("job_name"))).findFirst().orElseThrow();
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(list(job, "static_configs", 0, "targets")).containsExactlyInAnyOrder(
                "gateway:8080", "catalog-service:8081", "request-service:8082", "stats-service:8083", "notification-service:8084");
        assertThat(list(prom, "rule_files")).isNotEmpty();
    }

    /** The PrometheusRule for Kubernetes carries exactly the groups of alerts.yml (-Ddeploy.regenerate=true rewrites it). */
    @Test
    void kubernetes_prometheus_rule_equals_the_alert_file() throws Exception {
        Map<String, Object> alerts = Repo.loadMap(ALERTS);
        if (Boolean.getBoolean("deploy.regenerate")) {
            Map<String, Object> cr = new LinkedHashMap<>();
            cr.put("apiVersion", "monitoring.coreos.com/v1");
            cr.put("kind", "PrometheusRule");
            cr.put("metadata", Map.of("name", "disclosure-alerts", "labels", Map.of("release", "kube-prometheus-stack")));
            cr.put("spec", Map.of("groups", alerts.get("groups")));
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setWidth(200);
            String header = Repo.read(RULE_CR).lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            Files.writeString(RULE_CR, header + new Yaml(options).dump(cr));
        }
        Map<String, Object> cr = Repo.loadMap(RULE_CR);
        assertThat(str(cr, "kind")).isEqualTo("PrometheusRule");
        assertThat(map(cr, "spec").get("groups")).as("regenerate with -Ddeploy.regenerate=true").isEqualTo(alerts.get("groups"));
    }

    /** Optional: Debian's prometheus package brings promtool; CI runs it when installed. */
    @Test
    void promtool_accepts_the_rules_when_installed() throws Exception {
        Path promtool = KubectlCrossCheckTest.onPath("promtool");
        assumeTrue(promtool != null, "promtool not installed (apt-get install prometheus)");
        Process p = new ProcessBuilder(promtool.toString(), "check", "rules", ALERTS.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.toLowerCase(Locale.ROOT)).contains("success");
    }

    @Test
    void metric_name_extraction_ignores_labels_functions_and_grouping() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (application, le) "
                + "(rate(http_server_requests_seconds_bucket{uri!~\"/actuator.*\"}[5m]))) > 2"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQl.metricNames("sum(a_total{x=\"y\"}) / on (app) group_left b_seconds_count or vector(0)"))
                .containsExactly("a_total", "b_seconds_count");
        assertThat(PromQl.metricNames("(max by (c) (strimzi_x_ms) / 1000 - time()) / 86400 < 30"))
                .containsExactly("strimzi_x_ms");
        List<String> none = new ArrayList<>(PromQl.metricNames("rate(m[$__rate_interval])"));
        assertThat(none).containsExactly("m");
    }
}
