package dev.opsgrade.collect.traefik;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traefik's {{ env "NAME" }} templates in the file provider, as opsgrade renders them. */
class RulesTemplatesTest {
  private static final String RULES =
      """
      http:
        routers:
          dash:
            rule: 'Host(`dash.{{ env "DOMAIN" }}`)'
            service: dash
      """;

  @TempDir Path dir;

  @Test
  void aSetVariableIsRenderedIntoTheRule() throws Exception {
    Files.writeString(dir.resolve("dash.yml"), RULES);

    RulesDirectory.Read read =
        RulesDirectory.read(
            dir,
            name -> Optional.ofNullable(Map.of("DOMAIN", "lab.net").get(name)),
            p -> "dash.yml");

    assertThat(read.problems()).isEmpty();
    assertThat(read.routers().getFirst().record().rule()).isEqualTo("Host(`dash.lab.net`)");
  }

  @Test
  void anUnsetVariableIsAProblemAtTheTemplateAndTheFileIsStillRead() throws Exception {
    Files.writeString(dir.resolve("dash.yml"), RULES);

    RulesDirectory.Read read = RulesDirectory.read(dir, name -> Optional.empty(), p -> "dash.yml");

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("dash.yml");
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.column()).isEqualTo(25);
              assertThat(p.message()).startsWith("DOMAIN is not set where opsgrade runs");
            });
    assertThat(read.routers()).hasSize(1);
  }
}
