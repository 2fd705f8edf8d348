package gov.disclosure.deploy;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Environment variables handed to a service must be placeholders its application*.yml reads ({@code ${NAME}}) or
 * Spring relaxed-binding names of real properties (SPRING_*, MANAGEMENT_*) or JVM options. Catches typos that would
 * otherwise be silently ignored at run time.
 */
final class ServiceConfig {
    /** Read by something other than a placeholder; documented in deploy/k8s/README.md. */
    private static final Set<String> GENERIC = Set.of("JAVA_TOOL_OPTIONS");
    private static final List<String> RELAXED_PREFIXES = List.of("SPRING_", "MANAGEMENT_");

    private ServiceConfig() {
    }

    static void assertReadByService(String service, Collection<String> envNames, String where) {
        for (String env : envNames) {
            assertThat(reads(service, env)).as(where + ": " + service + " is given " + env + " but never reads it").isTrue();
        }
    }

    static boolean reads(String service, String env) {
        String config = CONFIG.computeIfAbsent(service, s -> {
            StringBuilder yml = new StringBuilder();
            Repo.filesUnder(Repo.ROOT.resolve(s).resolve("src/main/resources"), ".yml", ".yaml", ".properties")
                    .forEach(f -> yml.append(Repo.read(f)));
            return yml.toString();
        });
        boolean placeholder = config.contains("${" + env + ":") || config.contains("${" + env + "}");
        return placeholder || RELAXED_PREFIXES.stream().anyMatch(env::startsWith) || GENERIC.contains(env);
    }

    private static final java.util.Map<String, String> CONFIG = new java.util.concurrent.ConcurrentHashMap<>();
}
