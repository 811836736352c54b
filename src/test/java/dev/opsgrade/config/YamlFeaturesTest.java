package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML as people write it: anchors, merge keys, and what a hostile file cannot do. */
class YamlFeaturesTest {
  @TempDir Path dir;

  @Test
  void mergeKeysFillWhatIsNotWrittenBeside() {
    Inventory inventory =
        InventoryLoader.load(
            Path.of("src/test/resources/config/valid/full.yaml"), SchemaAgreementTest.ENVIRONMENT);
    HostSpec alpha = inventory.hosts().get(0);
    HostSpec beta = inventory.hosts().get(1);
    assertThat(beta.name()).isEqualTo("beta");
    assertThat(beta.docker()).contains("unix:///var/run/docker.sock");
    assertThat(beta.tls()).isEqualTo(alpha.tls()).isPresent();
    assertThat(beta.compose()).isEqualTo(alpha.compose());
  }

  @Test
  void aListOfMergesTakesTheEarlierFirst() {
    Path file =
        Inventories.write(
            dir,
            "opsgrade.yaml",
            """
            name: x
            probe: &probe { samples: 2, timeout: 1s }
            slo: { <<: [{ window: 7d }, { window: 9d, target: 99% }] }
            """);
    Inventory inventory = InventoryLoader.load(file, Map.of());
    assertThat(inventory.probe().samples()).isEqualTo(2);
    assertThat(inventory.slo().window()).hasDays(7);
    assertThat(inventory.slo().target()).isEqualTo(99.0);
  }

  @Test
  void unknownKeysInAMergedMappingAreStillReported() {
    Path file =
        Inventories.write(
            dir,
            "opsgrade.yaml",
            "name: x\nhosts:\n  - &base { name: a, dockr: unix:///x }\n  - { <<: *base, name: b }\n");
    List<Problem> problems = Inventories.problems(file, Map.of());
    assertThat(problems)
        .extracting(Problem::line, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "hosts[0].dockr"),
            org.assertj.core.groups.Tuple.tuple(3, "hosts[1].dockr"));
  }

  @Test
  void anAliasBombIsRefused() {
    StringBuilder yaml = new StringBuilder("name: x\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n");
    for (int i = 1; i < 12; i++) {
      yaml.append("x").append(i).append(": &x").append(i).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*x" + (i - 1))));
      yaml.append("]\n");
    }
    List<Problem> problems =
        Inventories.problems(Inventories.write(dir, "opsgrade.yaml", yaml.toString()), Map.of());
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("invalid YAML:");
  }

  @Test
  void dollarBracesKeepColumnsAndComeBackUnchanged() {
    String text = "a: { b: ${X:-${Y}} }  # ${comment}\nc: \"${Q}\" ${unclosed\n";
    String protectedText = DollarBraces.protect(text);
    assertThat(protectedText).hasSameSizeAs(text).doesNotContain("${X");
    assertThat(DollarBraces.restore(protectedText)).isEqualTo(text);
    assertThat(protectedText).contains("${unclosed");
  }
}
