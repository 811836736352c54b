package dev.opsgrade.check.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.compose.ComposeFacts;
import dev.opsgrade.collect.compose.ComposeFile;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComposeValidCheckTest {
  private final ComposeValidCheck check = new ComposeValidCheck();

  @Test
  void anUnreadableFileFailsAtItsLineAndColumnAReadableOnePasses() {
    List<Finding> findings =
        new ComposeFacts()
            .file(ComposeFacts.readable("master", 25))
            .file(
                ComposeFacts.unreadable(
                    "lady",
                    "stacks/lady/compose/apps.yml",
                    "mapping values are not allowed here",
                    14,
                    9))
            .evaluate(check);

    assertThat(findings).hasSize(2);
    Finding failed =
        findings.stream().filter(f -> f.status() == Status.FAIL).findFirst().orElseThrow();
    assertThat(failed.subject()).isEqualTo("lady/stacks/lady/compose/apps.yml");
    assertThat(failed.message()).contains("mapping values are not allowed here");
    assertThat(failed.location().orElseThrow().display())
        .isEqualTo("stacks/lady/compose/apps.yml:14:9");
    assertThat(failed.fix()).hasValueSatisfying(f -> assertThat(f).contains(":14:9"));
    Finding passed =
        findings.stream().filter(f -> f.status() == Status.PASS).findFirst().orElseThrow();
    assertThat(passed.message()).contains("25 service(s)");
  }

  @Test
  void aFileWhoseIncludesAreMissingFailsNamingThem() {
    List<Finding> findings =
        new ComposeFacts()
            .file(
                ComposeFacts.missing(
                    "hs",
                    "compose/traefik.yml (referenced at docker-compose-hs.yml:74:5;"
                        + " HOSTNAME is not set in the environment nor in .env)"))
            .evaluate(check);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message())
                  .contains("refuses to start")
                  .contains("compose/traefik.yml")
                  .contains("HOSTNAME is not set");
              assertThat(f.fix()).isPresent();
            });
  }

  @Test
  void anErrorInAnIncludedFileIsLocatedInThatFile() {
    ComposeFile file =
        new ComposeFile(
            "y5",
            "docker-compose.yml",
            List.of(),
            0,
            List.of(),
            Optional.of("sub/bad.yml:6:1: found unexpected end of stream"),
            Optional.of(6),
            Optional.of(1),
            List.of(),
            Optional.of("sub/bad.yml"));

    Finding finding = new ComposeFacts().file(file).evaluate(check).getFirst();

    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.location().orElseThrow().display()).isEqualTo("sub/bad.yml:6:1");
    assertThat(finding.fix()).hasValueSatisfying(f -> assertThat(f).contains("sub/bad.yml:6:1"));
  }

  @Test
  void withoutComposeFilesItIsUnverified() {
    Finding finding = new ComposeFacts().noComposeInInventory().evaluate(check).getFirst();

    assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(finding.message()).contains("no compose files in the inventory");
  }

  @Test
  void aFailedRunForAnotherHostIsUnverifiedForThatHost() {
    List<Finding> findings =
        new ComposeFacts()
            .file(ComposeFacts.readable("master", 3))
            .run(Outcome.OK, "master", "3 services")
            .run(Outcome.FAILED, "lady", "stacks/lady/docker-compose.yml: no such file")
            .evaluate(check);

    assertThat(findings)
        .filteredOn(f -> f.subject().equals("lady"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message()).contains("no such file");
            });
  }
}
