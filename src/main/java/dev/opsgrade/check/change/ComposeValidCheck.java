package dev.opsgrade.check.change;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ComposeEvidence;
import dev.opsgrade.check.compose.ComposeJudging;
import dev.opsgrade.collect.compose.ComposeFile;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** chg.compose-valid: every compose file of the inventory reads as Docker Compose reads it. */
public final class ComposeValidCheck implements Check {

  @Override
  public String id() {
    return "chg.compose-valid";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    ComposeEvidence compose = ComposeEvidence.of(evidence);
    Optional<String> missing = compose.missing();
    if (missing.isPresent()) {
      return List.of(findings.unverified(compose.inventoryName(), missing.get()));
    }
    List<Finding> result = new ArrayList<>();
    for (FactView<ComposeFile> view : compose.files()) {
      result.add(judge(view, findings));
    }
    for (var run : compose.unaccountedFailures()) {
      result.add(
          findings.unverified(
              run.target(), "the compose collector failed: " + run.outcome() + " " + run.detail()));
    }
    if (result.isEmpty()) {
      result.add(
          findings.unverified(
              compose.inventoryName(), "compose services were reported without their files"));
    }
    return result;
  }

  private static Finding judge(FactView<ComposeFile> view, Findings findings) {
    ComposeFile file = view.data();
    String subject = file.host() + "/" + file.file();
    if (file.error().isPresent()) {
      Location at = ComposeJudging.errorLocation(file);
      return findings.fail(
          subject,
          file.file() + " cannot be read: " + file.error().get(),
          at,
          List.of(view.id()),
          "Fix "
              + at.display()
              + " (docker compose -f "
              + file.file()
              + " config shows the same error)");
    }
    if (!file.missingFiles().isEmpty()) {
      return findings.fail(
          subject,
          file.file()
              + " refers to files that do not exist, so Docker Compose refuses to start it: "
              + String.join("; ", file.missingFiles()),
          Location.file(file.file()),
          List.of(view.id()),
          "Create the missing files or correct the references (set the variables they use in the"
              + " environment or in .env beside "
              + file.file()
              + "); docker compose -f "
              + file.file()
              + " config shows the same error");
    }
    String included =
        file.includedFiles().isEmpty()
            ? ""
            : " (with " + String.join(", ", file.includedFiles()) + ")";
    return findings.pass(
        subject,
        "reads as Docker Compose reads it" + included + ": " + file.services() + " service(s)",
        view);
  }
}
