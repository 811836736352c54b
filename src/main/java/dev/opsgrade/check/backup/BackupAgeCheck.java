package dev.opsgrade.check.backup;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.monitoring.Ages;
import dev.opsgrade.collect.backup.BackupRepository;
import dev.opsgrade.collect.backup.HostNames;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * bak.backup-age: the newest snapshot of each repository's host (each host it holds, when the
 * inventory names none) is younger than backup.max_age.
 */
public final class BackupAgeCheck implements Check {
  @Override
  public String id() {
    return "bak.backup-age";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<BackupEvidence.Configured> repositories = BackupEvidence.repositories(evidence);
    if (repositories.isEmpty()) {
      return List.of(findings.unverified(evidence.inventory().name(), BackupEvidence.NONE));
    }
    Duration maxAge = evidence.inventory().backup().orElseThrow().maxAge();
    List<Finding> result = new ArrayList<>();
    for (BackupEvidence.Configured repository : repositories) {
      Optional<FactView<BackupRepository>> fact =
          BackupEvidence.fact(evidence, BackupRepository.class, repository);
      if (fact.isEmpty()) {
        result.add(
            findings.unverified(
                repository.subject(), BackupEvidence.missing(evidence, repository)));
      } else {
        result.addAll(judge(repository, fact.get(), maxAge, evidence, findings));
      }
    }
    return result;
  }

  private static List<Finding> judge(
      BackupEvidence.Configured repository,
      FactView<BackupRepository> fact,
      Duration maxAge,
      Evidence evidence,
      Findings findings) {
    List<BackupRepository.Host> hosts = fact.data().hosts();
    String subject = repository.subject();
    if (hosts.isEmpty()) {
      return List.of(
          findings.about(Status.FAIL, subject, "the repository holds no snapshot at all", fact));
    }
    Optional<String> host = repository.repository().host();
    if (host.isEmpty()) {
      return hosts.stream()
          .map(h -> age(subject + " " + h.hostname(), h, maxAge, evidence, findings, fact))
          .toList();
    }
    List<BackupRepository.Host> ofHost =
        hosts.stream().filter(h -> HostNames.same(h.hostname(), host.get())).toList();
    if (ofHost.isEmpty()) {
      String others =
          hosts.stream().map(BackupRepository.Host::hostname).collect(Collectors.joining(", "));
      return List.of(
          findings.about(
              Status.FAIL,
              subject,
              "no snapshot of host "
                  + host.get()
                  + " in the repository (its snapshots are of "
                  + others
                  + ")",
              fact));
    }
    return ofHost.stream().map(h -> age(subject, h, maxAge, evidence, findings, fact)).toList();
  }

  private static Finding age(
      String subject,
      BackupRepository.Host host,
      Duration maxAge,
      Evidence evidence,
      Findings findings,
      FactView<BackupRepository> fact) {
    Duration age = Duration.between(host.newest(), evidence.now());
    String message =
        "newest snapshot "
            + host.newestId().substring(0, Math.min(8, host.newestId().length()))
            + " of host "
            + host.hostname()
            + " is "
            + Ages.describe(age)
            + " old (max "
            + Ages.describe(maxAge)
            + ")"
            + perTag(host, evidence);
    return findings.about(
        age.compareTo(maxAge) > 0 ? Status.FAIL : Status.PASS, subject, message, fact);
  }

  /** The newest of each tag set, when the host's snapshots carry more than one. */
  private static String perTag(BackupRepository.Host host, Evidence evidence) {
    if (host.tagged().size() < 2) {
      return "";
    }
    return "; newest per tag: "
        + host.tagged().stream()
            .map(
                t ->
                    (t.tags().isEmpty() ? "(no tag)" : String.join(",", t.tags()))
                        + " "
                        + Ages.describe(Duration.between(t.newest(), evidence.now())))
            .collect(Collectors.joining(", "));
  }
}
