package gov.disclosure.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YamlFilesTest {

    @Test
    void every_yaml_file_under_deploy_parses_and_every_kubernetes_document_names_its_kind() {
        List<Path> files = Repo.filesUnder(Repo.DEPLOY, ".yaml", ".yml");
        assertThat(files).hasSizeGreaterThan(30);
        for (Path file : files) {
            List<Object> docs = Repo.loadAll(file);
            assertThat(docs).as(file + " is empty").isNotEmpty();
            if (file.startsWith(Repo.K8S)) {
                assertThat(docs).as(file.toString()).allSatisfy(d -> {
                    assertThat(Obj.str(d, "apiVersion")).isNotNull();
                    assertThat(Obj.str(d, "kind")).isNotNull();
                });
            }
        }
    }
}
