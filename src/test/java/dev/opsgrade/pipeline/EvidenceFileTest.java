package dev.opsgrade.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle that cannot be re-graded says why in words a user can act on. */
class EvidenceFileTest {
  @TempDir Path dir;

  @Test
  void aTruncatedBundleSaysItEndsEarlyWithoutParserNotes() throws Exception {
    Path bundle =
        Files.writeString(
            dir.resolve("evidence.json"),
            "{\"format_version\": 1, \"facts\": [{\"id\": \"a\", \"kind\": \"x\"");

    assertThatThrownBy(() -> EvidenceFile.read(bundle))
        .isInstanceOf(EvidenceFile.EvidenceFileException.class)
        .hasMessageStartingWith(bundle + ":1:")
        .hasMessageContaining("truncated")
        .hasMessageNotContaining("REDACTED")
        .hasMessageNotContaining("start marker");
  }

  @Test
  void aMissingBundleSaysNoSuchFile() {
    Path bundle = dir.resolve("nowhere.json");

    assertThatThrownBy(() -> EvidenceFile.read(bundle))
        .hasMessage(bundle + ": cannot read evidence bundle: no such file");
  }
}
