package dev.opsgrade.check.compose;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.compose.ComposeFile;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The frame every per-service compose check shares: UNVERIFIED when there is no compose evidence or
 * a host's file could not be read, one finding per active service, NOT_APPLICABLE for a host whose
 * services all sit in inactive profiles.
 */
public final class ComposeJudging {
  private ComposeJudging() {}

  public static List<Finding> eachActiveService(
      Evidence evidence, Findings findings, Function<FactView<ComposeService>, Finding> judge) {
    return eachActiveService(ComposeEvidence.of(evidence), findings, judge);
  }

  public static List<Finding> eachActiveService(
      ComposeEvidence compose,
      Findings findings,
      Function<FactView<ComposeService>, Finding> judge) {
    Optional<String> missing = compose.missing();
    if (missing.isPresent()) {
      return List.of(findings.unverified(compose.inventoryName(), missing.get()));
    }
    List<Finding> result = new ArrayList<>(unverifiedHosts(compose, findings));
    compose.activeServices().forEach(service -> result.add(judge.apply(service)));
    for (String host : compose.hostsWithoutActiveServices()) {
      result.add(
          findings.notApplicable(
              host,
              host
                  + "'s compose files declare no service that runs by default ("
                  + compose.inactiveServices(host)
                  + " in inactive profiles)"));
    }
    return result;
  }

  /** UNVERIFIED for each host whose compose file could not be read or whose collection failed. */
  public static List<Finding> unverifiedHosts(ComposeEvidence compose, Findings findings) {
    List<Finding> result = new ArrayList<>();
    for (FactView<ComposeFile> file : compose.unreadableFiles()) {
      ComposeFile data = file.data();
      String message =
          "no evidence: "
              + data.file()
              + " could not be read ("
              + data.error().orElse("unknown error")
              + "), so the services it declares for "
              + data.host()
              + " were not checked";
      result.add(
          findings.of(
              Status.UNVERIFIED,
              data.host(),
              message,
              Optional.of(errorLocation(data)),
              List.of(file.id())));
    }
    for (FactView<ComposeFile> file : compose.incompleteFiles()) {
      ComposeFile data = file.data();
      String message =
          "no evidence: "
              + data.file()
              + " refers to files that do not exist ("
              + String.join("; ", data.missingFiles())
              + "), so what they declare for "
              + data.host()
              + " was not checked";
      result.add(
          findings.of(
              Status.UNVERIFIED,
              data.host(),
              message,
              Optional.of(Location.file(data.file())),
              List.of(file.id())));
    }
    for (var run : compose.unaccountedFailures()) {
      result.add(
          findings.unverified(
              run.target(),
              "the compose collector failed: " + ComposeEvidence.describe(List.of(run))));
    }
    return result;
  }

  /** Where the error is: its line and column are in errorFile (an included file, or the file). */
  public static Location errorLocation(ComposeFile file) {
    String where = file.errorFile().orElse(file.file());
    if (file.errorLine().isEmpty()) {
      return Location.file(where);
    }
    int line = file.errorLine().get();
    return file.errorColumn()
        .map(c -> Location.file(where, line, c))
        .orElse(Location.file(where, line));
  }
}
