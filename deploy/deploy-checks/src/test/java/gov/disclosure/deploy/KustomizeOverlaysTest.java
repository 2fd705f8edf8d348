package gov.disclosure.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static gov.disclosure.deploy.Obj.at;
import static gov.disclosure.deploy.Obj.id;
import static gov.disclosure.deploy.Obj.kind;
import static gov.disclosure.deploy.Obj.list;
import static gov.disclosure.deploy.Obj.map;
import static gov.disclosure.deploy.Obj.maps;
import static gov.disclosure.deploy.Obj.name;
import static gov.disclosure.deploy.Obj.str;
import static org.assertj.core.api.Assertions.assertThat;

/** Renders each overlay (in Java, see {@link Kustomize}) and checks what every rendered workload must have. */
class KustomizeOverlaysTest {
    static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    static List<Map<String, Object>> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Kustomize.build(Repo.K8S.resolve("overlays").resolve(o)));
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(kind(o))).toList();
    }

    static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return maps(deployment, "spec", "template", "spec", "containers");
    }

    static boolean platformService(Map<String, Object> deployment) {
        return Repo.SERVICES.contains(name(deployment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_object_is_in_the_overlay_namespace_and_unique(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        assertThat(objects).hasSizeGreaterThan(30);
        String ns = overlay.equals("dev") ? "disclosure-dev" : "disclosure";
        assertThat(objects).allSatisfy(o -> assertThat(str(o, "metadata", "namespace")).as(id(o)).isEqualTo(ns));
        assertThat(objects.stream().map(Obj::id).collect(Collectors.toSet())).hasSize(objects.size());
        assertThat(ofKind(objects, "Deployment").stream().map(Obj::name)).containsAll(Repo.SERVICES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_container_has_requests_limits_and_probes(String overlay) {
        for (Map<String, Object> d : ofKind(render(overlay), "Deployment")) {
            for (Map<String, Object> c : containers(d)) {
                String where = id(d) + " container " + str(c, "name");
                for (String bound : List.of("requests", "limits")) {
                    assertThat(map(c, "resources", bound)).as(where + " " + bound).containsKeys("cpu", "memory");
                }
                assertThat(at(c, "livenessProbe")).as(where + " liveness").isNotNull();
                assertThat(at(c, "readinessProbe")).as(where + " readiness").isNotNull();
                assertThat(at(c, "startupProbe")).as(where + " startup").isNotNull();
                if (platformService(d)) {
                    // Boot's probe groups, never the aggregate /actuator/health for both
                    assertThat(str(c, "livenessProbe", "httpGet", "path")).as(where).isEqualTo("/actuator/health/liveness");
                    assertThat(str(c, "startupProbe", "httpGet", "path")).as(where).isEqualTo("/actuator/health/liveness");
                    assertThat(str(c, "readinessProbe", "httpGet", "path")).as(where).isEqualTo("/actuator/health/readiness");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_pod_runs_non_root_with_dropped_capabilities_and_a_read_only_root(String overlay) {
        for (Map<String, Object> d : ofKind(render(overlay), "Deployment")) {
            Map<String, Object> pod = map(d, "spec", "template", "spec");
            assertThat(at(pod, "securityContext", "runAsNonRoot")).as(id(d) + " runAsNonRoot").isEqualTo(true);
            assertThat(str(pod, "securityContext", "seccompProfile", "type")).as(id(d)).isEqualTo("RuntimeDefault");
            assertThat(at(pod, "automountServiceAccountToken")).as(id(d) + " token mount").isEqualTo(false);
            boolean writableRootJustified = map(d, "metadata", "annotations").containsKey("disclosure.gov/writable-root");
            for (Map<String, Object> c : containers(d)) {
                String where = id(d) + " container " + str(c, "name");
                assertThat(list(c, "securityContext", "capabilities", "drop")).as(where).contains("ALL");
                assertThat(at(c, "securityContext", "allowPrivilegeEscalation")).as(where).isEqualTo(false);
                if (!writableRootJustified) {
                    assertThat(at(c, "securityContext", "readOnlyRootFilesystem")).as(where).isEqualTo(true);
                }
                // the JVM and Tomcat need a writable /tmp on a read-only root
                assertThat(maps(c, "volumeMounts")).as(where + " /tmp")
                        .anySatisfy(m -> assertThat(m.get("mountPath")).isEqualTo("/tmp"));
            }
            if (platformService(d)) {
                assertThat(writableRootJustified).as(id(d) + " must not need a writable root").isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_image_is_pinned_and_services_use_the_overlay_tag(String overlay) {
        for (Map<String, Object> d : ofKind(render(overlay), "Deployment")) {
            for (Map<String, Object> c : containers(d)) {
                ImageRef ref = ImageRef.parse(str(c, "image"));
                assertThat(ref.pinned()).as(id(d) + " image " + ref).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_service_port_matches_a_container_port_of_the_pods_it_selects(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        for (Map<String, Object> svc : ofKind(objects, "Service")) {
            Map<String, Object> selector = map(svc, "spec", "selector");
            List<Map<String, Object>> pods = ofKind(objects, "Deployment").stream()
                    .filter(d -> map(d, "spec", "template", "metadata", "labels").entrySet().containsAll(selector.entrySet()))
                    .toList();
            assertThat(pods).as(id(svc) + " selects no Deployment").isNotEmpty();
            for (Map<String, Object> port : maps(svc, "spec", "ports")) {
                Object target = port.getOrDefault("targetPort", port.get("port"));
                assertThat(pods).as(id(svc) + " port " + target).allSatisfy(d -> assertThat(
                        containers(d).stream().flatMap(c -> maps(c, "ports").stream())
                                .anyMatch(p -> target.equals(p.get("name")) || target.equals(p.get("containerPort"))))
                        .isTrue());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_deployment_autoscales_or_is_a_documented_singleton_and_has_a_disruption_budget(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        Set<String> scaled = new java.util.HashSet<>();
        ofKind(objects, "HorizontalPodAutoscaler").forEach(h -> scaled.add(str(h, "spec", "scaleTargetRef", "name")));
        ofKind(objects, "ScaledObject").forEach(s -> scaled.add(str(s, "spec", "scaleTargetRef", "name")));
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            Map<String, Object> annotations = map(d, "metadata", "annotations");
            boolean singleton = "singleton".equals(annotations.get("disclosure.gov/scaling"));
            if (platformService(d)) {
                assertThat(scaled.contains(name(d)) || singleton).as(id(d) + " autoscaler or singleton").isTrue();
                assertThat(scaled.contains(name(d)) && singleton).as(id(d) + " both autoscaled and singleton").isFalse();
                if (singleton) {
                    assertThat(str(annotations, "disclosure.gov/scaling-reason")).as(id(d) + " reason").contains("docs/scaling.md");
                }
            }
            assertThat(ofKind(objects, "PodDisruptionBudget")).as(id(d) + " PDB").anySatisfy(p ->
                    assertThat(map(d, "spec", "template", "metadata", "labels").entrySet())
                            .containsAll(map(p, "spec", "selector", "matchLabels").entrySet()));
        }
        // KEDA and a plain HPA on the same Deployment fight over the replica count
        assertThat(ofKind(objects, "HorizontalPodAutoscaler").stream().map(h -> str(h, "spec", "scaleTargetRef", "name")))
                .doesNotContainAnyElementsOf(ofKind(objects, "ScaledObject").stream().map(s -> str(s, "spec", "scaleTargetRef", "name")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void only_the_gateway_and_keycloak_accept_traffic_from_outside_the_namespace(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        List<Map<String, Object>> policies = ofKind(objects, "NetworkPolicy");
        assertThat(policies).anySatisfy(p -> {
            assertThat(map(p, "spec", "podSelector")).isEmpty();
            assertThat(list(p, "spec", "policyTypes")).contains("Ingress");
            assertThat(list(p, "spec", "ingress")).isEmpty();
        });
        for (Map<String, Object> p : policies) {
            Map<String, Object> selected = map(p, "spec", "podSelector", "matchLabels");
            boolean fromIngressController = maps(p, "spec", "ingress").stream()
                    .flatMap(rule -> maps(rule, "from").stream())
                    .anyMatch(peer -> "ingress-nginx".equals(str(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name")));
            if (fromIngressController) {
                assertThat(selected.get("app.kubernetes.io/name")).as(id(p)).isIn("gateway", "keycloak");
            }
        }
        // ingress rules only point at the two edges
        for (Map<String, Object> ingress : ofKind(objects, "Ingress")) {
            maps(ingress, "spec", "rules").stream().flatMap(r -> maps(r, "http", "paths").stream())
                    .forEach(path -> assertThat(str(path, "backend", "service", "name")).isIn("gateway", "keycloak"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void secrets_are_references_only(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        for (Map<String, Object> secret : ofKind(objects, "Secret")) {
            assertThat(map(secret, "metadata", "annotations")).as(id(secret) + " holds values")
                    .containsEntry("disclosure.gov/not-secret", "true");
            assertThat(map(secret, "stringData").keySet()).as(id(secret)).allMatch(k -> Set.of("username", "sasl", "tls").contains(k));
            assertThat(map(secret, "data")).as(id(secret)).isEmpty();
        }
        Set<String> available = new java.util.HashSet<>();
        ofKind(objects, "Secret").forEach(s -> available.add(name(s)));
        ofKind(objects, "KafkaUser").forEach(u -> available.add(name(u)));                    // Strimzi User Operator
        available.add("disclosure-kafka-cluster-ca-cert");                                     // Strimzi cluster CA
        for (Map<String, Object> mdb : ofKind(objects, "MongoDBCommunity")) {                 // MongoDB operator
            maps(mdb, "spec", "users").forEach(u -> available.add(name(mdb) + "-" + u.get("db") + "-" + u.get("name")));
        }
        String readme = Repo.read(Repo.K8S.resolve("README.md"));
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            for (String ref : secretRefs(d)) {
                assertThat(available.contains(ref) || readme.contains("`" + ref + "`"))
                        .as(id(d) + " uses Secret " + ref + ": neither operator-made nor documented in deploy/k8s/README.md")
                        .isTrue();
            }
        }
    }

    private static List<String> secretRefs(Map<String, Object> d) {
        List<String> refs = new ArrayList<>();
        for (Map<String, Object> c : containers(d)) {
            maps(c, "env").forEach(e -> {
                String ref = str(e, "valueFrom", "secretKeyRef", "name");
                if (ref != null) {
                    refs.add(ref);
                }
            });
        }
        maps(d, "spec", "template", "spec", "volumes").forEach(v -> {
            if (str(v, "secret", "secretName") != null) {
                refs.add(str(v, "secret", "secretName"));
            }
        });
        return refs;
    }

    @Test
    void dev_runs_without_keycloak_on_the_development_issuer_and_production_never_does() {
        List<Map<String, Object>> dev = render("dev");
        List<Map<String, Object>> prod = render("production");
        assertThat(dev).noneMatch(o -> "keycloak".equals(name(o)) || "keycloak-realm".equals(name(o)));
        assertThat(config(dev)).containsEntry("DEV_ISSUER_ENABLED", "true");
        assertThat(ofKind(prod, "Deployment")).anyMatch(d -> "keycloak".equals(name(d)));
        assertThat(config(prod)).containsEntry("DEV_ISSUER_ENABLED", "false");
        assertThat(str(config(prod), "JWT_ISSUER")).startsWith("https://").endsWith("/realms/disclosure");
        assertThat(ofKind(prod, "ConfigMap")).anySatisfy(cm -> {
            assertThat(name(cm)).isEqualTo("keycloak-realm");
            assertThat(map(cm, "data")).containsKey("realm-disclosure.json");
        });
    }

    static Map<String, Object> config(List<Map<String, Object>> objects) {
        return objects.stream().filter(o -> "platform-config".equals(name(o))).findFirst()
                .map(o -> map(o, "data")).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_environment_variable_given_to_a_service_is_one_it_reads(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        Map<String, Set<String>> sharedKeyReaders = new HashMap<>();
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            if (!platformService(d)) {
                continue;
            }
            Set<String> own = new java.util.TreeSet<>();
            for (Map<String, Object> c : containers(d)) {
                maps(c, "env").forEach(e -> own.add(str(e, "name")));
                for (Map<String, Object> from : maps(c, "envFrom")) {
                    String cm = str(from, "configMapRef", "name");
                    objects.stream().filter(o -> "ConfigMap".equals(kind(o)) && cm.equals(name(o)))
                            .flatMap(o -> map(o, "data").keySet().stream())
                            .forEach(key -> sharedKeyReaders.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(name(d)));
                }
            }
            ServiceConfig.assertReadByService(name(d), own, "k8s " + overlay);
        }
        // a shared ConfigMap key must be read by at least one of the services that load the ConfigMap
        sharedKeyReaders.forEach((key, services) -> assertThat(services.stream()
                .anyMatch(s -> ServiceConfig.reads(s, key))).as("k8s " + overlay + ": nobody reads " + key).isTrue());
    }
}
