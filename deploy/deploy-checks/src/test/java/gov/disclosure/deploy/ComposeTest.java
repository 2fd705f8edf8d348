package gov.disclosure.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.disclosure.deploy.Obj.map;
import static gov.disclosure.deploy.Obj.str;
import static org.assertj.core.api.Assertions.assertThat;

/** deploy/compose: pinned or locally built images, health-gated start, hardened service containers. */
class ComposeTest {
    private static final Path DIR = Repo.DEPLOY.resolve("compose");
    private final Map<String, Object> compose = Repo.loadMap(DIR.resolve("compose.yaml"));
    private final Map<String, Object> services = map(compose, "services");

    @Test
    void every_image_is_pinned_or_built_from_a_jar_of_this_build() {
        assertThat(services).isNotEmpty();
        services.forEach((name, svc) -> {
            String image = str(svc, "image");
            assertThat(image).as(name + " image").isNotNull();
            if (map(svc, "build").isEmpty()) {
                assertThat(ImageRef.parse(image).pinned()).as(name + ": " + image + " is not pinned").isTrue();
            } else {
                Map<String, Object> build = map(svc, "build");
                Path context = DIR.resolve(str(build, "context")).normalize();
                assertThat(context.resolve(str(build, "dockerfile"))).as(name + " Dockerfile").exists();
                String jar = str(build, "args", "JAR_FILE");
                assertThat(jar).as(name).isEqualTo(name + "/target/" + name + ".jar");
                assertThat(context.resolve(name).resolve("pom.xml")).as(name + " is a module of this build").exists();
                assertThat(image).as(name).startsWith("disclosure/" + name + ":");
            }
        });
        assertThat(services.keySet()).containsAll(Repo.SERVICES);
    }

    @Test
    void start_is_health_gated_and_every_dependency_exists() {
        services.forEach((name, svc) -> map(svc, "depends_on").forEach((dep, cond) -> {
            assertThat(services).as(name + " depends on " + dep).containsKey(dep);
            String condition = str(cond, "condition");
            assertThat(condition).as(name + " -> " + dep).isIn("service_healthy", "service_completed_successfully");
            if ("service_healthy".equals(condition)) {
                boolean ownCheck = !map(services.get(dep), "healthcheck").isEmpty();
                boolean imageCheck = !map(services.get(dep), "build").isEmpty()
                        && Repo.read(DIR.resolve("Dockerfile")).contains("HEALTHCHECK");
                assertThat(ownCheck || imageCheck).as(dep + " has no health check to gate " + name).isTrue();
            }
        }));
        for (String service : Repo.SERVICES) {
            assertThat(map(services.get(service), "depends_on")).as(service).isNotEmpty();
        }
    }

    @Test
    void kafka_is_three_kraft_brokers_with_replication_three_and_two_in_sync() {
        List<String> brokers = services.keySet().stream().filter(s -> s.matches("kafka-\\d")).toList();
        assertThat(brokers).hasSize(3);
        for (String b : brokers) {
            Map<String, Object> env = map(services.get(b), "environment");
            assertThat(String.valueOf(env.get("KAFKA_PROCESS_ROLES"))).isEqualTo("broker,controller");
            assertThat(String.valueOf(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).split(",")).hasSize(3);
            assertThat(String.valueOf(env.get("KAFKA_DEFAULT_REPLICATION_FACTOR"))).isEqualTo("3");
            assertThat(String.valueOf(env.get("KAFKA_MIN_INSYNC_REPLICAS"))).isEqualTo("2");
        }
        assertThat(services.keySet().stream().filter(s -> s.matches("mongo-\\d")).count()).isEqualTo(3);
        assertThat(String.valueOf(map(services.get("mongo-1")).get("command"))).contains("--replSet");
    }

    @Test
    void service_containers_are_hardened_and_only_the_gateway_is_published() {
        for (String s : Repo.SERVICES) {
            Map<String, Object> svc = map(services, s);
            assertThat(svc.get("read_only")).as(s).isEqualTo(true);
            assertThat(String.valueOf(svc.get("cap_drop"))).as(s).contains("ALL");
            assertThat(svc.containsKey("ports")).as(s + " published").isEqualTo(s.equals("gateway"));
            ServiceConfig.assertReadByService(s, map(svc, "environment").keySet(), "compose");
        }
        String dockerfile = Repo.read(DIR.resolve("Dockerfile"));
        assertThat(dockerfile).contains("USER 10001").contains("HEALTHCHECK").contains("/actuator/health/readiness");
        String from = dockerfile.lines().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow().substring(5).trim();
        assertThat(ImageRef.parse(from).pinned()).as(from).isTrue();
    }

    @Test
    void mounted_files_exist() throws Exception {
        for (Object svc : services.values()) {
            for (Object volume : Obj.list(svc, "volumes")) {
                String spec = String.valueOf(volume);
                if (spec.startsWith(".")) {
                    assertThat(DIR.resolve(spec.substring(0, spec.indexOf(':'))).normalize()).as(spec).exists();
                }
            }
        }
        assertThat(Files.readString(DIR.resolve(".env.example"))).contains("REQUEST_ENCRYPTION_KEY=\n");
        assertThat(Set.of(DIR.toFile().list())).doesNotContain(".env");
    }
}
