package dev.opsgrade.report.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The claims table against its golden file. {@code -Dgolden.update=true} rewrites the golden file
 * from the current output; review the diff before committing it.
 */
class ClaimsTableTest {
  private static final String GOLDEN = "docs-corpus/golden/claims-table.txt";

  private static Claim claim(
      String file, int line, String claimed, String measured, Claim.Verdict verdict, String note) {
    return new Claim(
        file,
        line,
        "text",
        claimed,
        measured.isEmpty() ? Optional.empty() : Optional.of(measured),
        verdict,
        note.isEmpty() ? Optional.empty() : Optional.of(note));
  }

  static final List<Claim> CLAIMS =
      List.of(
          claim(
              ".docs/INFRASTRUCTURE.md",
              5,
              "containers.total = 83",
              "62 (docker, 2 hosts)",
              Claim.Verdict.CONTRADICTS,
              "as of 2026-01-10, 22 days before the measurement"),
          claim(
              ".docs/INFRASTRUCTURE.md",
              24,
              "traefik.routers = 31",
              "31 (traefik)",
              Claim.Verdict.MATCHES,
              ""),
          claim(
              ".docs/STATUS.md",
              6,
              "containers.healthy = 62/62",
              "60/62 (docker, 2 hosts)",
              Claim.Verdict.CONTRADICTS,
              ""),
          claim(
              ".docs/STATUS.md",
              14,
              "grade.letter = B",
              "B (this assessment)",
              Claim.Verdict.MATCHES,
              ""),
          claim(
              ".docs/runbooks/disaster-recovery/very/deep/folder/of/playbooks/README.md",
              3,
              "ansible.playbooks = 46",
              "",
              Claim.Verdict.UNVERIFIABLE,
              "no measurement of ansible.playbooks yet: the Ansible collector (dr.playbooks) would"
                  + " measure it"));

  @Test
  void matchesTheGoldenFile() throws IOException {
    String actual = ClaimsTable.format(CLAIMS);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(Path.of("src/test/resources", GOLDEN), actual);
    }
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void contradictionsDecideTheExitCode() {
    assertThat(ClaimsTable.anyContradicts(CLAIMS)).isTrue();
    assertThat(ClaimsTable.anyContradicts(List.of(CLAIMS.get(1), CLAIMS.get(4)))).isFalse();
  }

  @Test
  void summarisesTheVerdicts() {
    assertThat(ClaimsTable.summary(CLAIMS))
        .isEqualTo("5 claims: 2 match, 2 contradict, 1 unverifiable");
    assertThat(ClaimsTable.format(List.of()))
        .isEqualTo("No claims of measured facts found in the docs.\n");
  }
}
