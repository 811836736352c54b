package dev.opsgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/configuration.md and docs/checks.md are what the schema and the catalogue say now. */
class ReferenceDocsTest {

  @Test
  void generatedDocsAreCurrent() throws IOException {
    Map<Path, String> docs = ReferenceDocs.render();
    if (Boolean.getBoolean("docs.update")) {
      ReferenceDocs.main(new String[0]);
    }
    for (Map.Entry<Path, String> doc : docs.entrySet()) {
      assertThat(doc.getKey())
          .as("%s is missing: run %s", doc.getKey(), ReferenceDocs.REGENERATE)
          .exists();
      assertThat(Files.readString(doc.getKey()))
          .as("%s is stale: regenerate it with %s", doc.getKey(), ReferenceDocs.REGENERATE)
          .isEqualTo(doc.getValue());
    }
  }

  @Test
  void theConfigurationReferenceHasEveryKeyWithItsTypeAndDefault() throws IOException {
    String configuration = ReferenceDocs.render().get(Path.of("docs", "configuration.md"));

    assertThat(configuration)
        .contains(
            "| `name` | [text](#type-text) | - | **yes** | The inventory's name, shown in reports. |")
        .contains("| `hosts[].docker` | [docker_url](#type-docker-url) | - | no |")
        .contains("| `probe.samples` | integer 1..1000 or `${VAR}` | 3 | no |")
        .contains(
            "| `endpoints[].expect.auth` | one of `none`, `portal`, `basic`, `any` or `${VAR}` | none |")
        .contains("| `serve.listen` | [listen](#type-listen) | 127.0.0.1:8080 | no |")
        .contains("| <a id=\"type-secret-reference\"></a>`secret_reference` |");
  }

  @Test
  void theChecksReferenceListsEveryCheckOfTheCatalogue() throws IOException {
    String checks = ReferenceDocs.render().get(Path.of("docs", "checks.md"));

    for (String id : dev.opsgrade.check.Catalogue.standard().ids()) {
      assertThat(checks).contains("| `" + id + "` |");
    }
  }
}
