package dev.opsgrade.check.backup;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.backup.BackupRepository;
import dev.opsgrade.collect.backup.HostNames;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.BackupSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * bak.retention: each repository keeps, per host, at least the daily, weekly and monthly snapshots
 * backup.retention asks for (distinct days, ISO weeks and months that have a snapshot).
 */
public final class BackupRetentionCheck implements Check {
  @Override
  public String id() {
    return "bak.retention";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<BackupEvidence.Configured> repositories = BackupEvidence.repositories(evidence);
    if (repositories.isEmpty()) {
      return List.of(findings.unverified(evidence.inventory().name(), BackupEvidence.NONE));
    }
    Optional<BackupSpec.Retention> policy =
        evidence.inventory().backup().flatMap(BackupSpec::retention);
    if (policy.isEmpty()) {
      return List.of(
          findings.unverified(
              evidence.inventory().name(),
              "no retention policy to compare with: set backup.retention (daily, weekly, monthly)"));
    }
    List<Finding> result = new ArrayList<>();
    for (BackupEvidence.Configured repository : repositories) {
      Optional<FactView<BackupRepository>> fact =
          BackupEvidence.fact(evidence, BackupRepository.class, repository);
      if (fact.isEmpty()) {
        result.add(
            findings.unverified(
                repository.subject(), BackupEvidence.missing(evidence, repository)));
        continue;
      }
      List<BackupRepository.Host> hosts =
          fact.get().data().hosts().stream()
              .filter(
                  h ->
                      repository
                          .repository()
                          .host()
                          .map(x -> HostNames.same(h.hostname(), x))
                          .orElse(true))
              .toList();
      if (hosts.isEmpty()) {
        result.add(
            findings.about(
                Status.FAIL,
                repository.subject(),
                "no snapshot"
                    + repository.repository().host().map(h -> " of host " + h).orElse("")
                    + ": none of the retention policy is kept",
                fact.get()));
      }
      hosts.forEach(h -> result.add(judge(repository, h, policy.get(), fact.get(), findings)));
    }
    return result;
  }

  private static Finding judge(
      BackupEvidence.Configured repository,
      BackupRepository.Host host,
      BackupSpec.Retention policy,
      FactView<BackupRepository> fact,
      Findings findings) {
    List<String> missing = new ArrayList<>();
    compare(missing, "daily", host.days(), policy.daily());
    compare(missing, "weekly", host.weeks(), policy.weekly());
    compare(missing, "monthly", host.months(), policy.monthly());
    String kept =
        host.days() + " daily, " + host.weeks() + " weekly, " + host.months() + " monthly";
    String subject = repository.subject() + " " + host.hostname();
    if (missing.isEmpty()) {
      return findings.pass(
          subject,
          "host " + host.hostname() + " keeps " + kept + " (policy " + describe(policy) + ")",
          fact);
    }
    return findings.about(
        Status.FAIL,
        subject,
        "host "
            + host.hostname()
            + " keeps fewer snapshots than the policy: "
            + String.join(", ", missing)
            + " (oldest snapshot "
            + host.oldest()
            + ")",
        fact);
  }

  private static void compare(List<String> missing, String kind, int kept, int wanted) {
    if (kept < wanted) {
      missing.add(kind + " " + kept + " of " + wanted);
    }
  }

  private static String describe(BackupSpec.Retention policy) {
    return policy.daily()
        + " daily, "
        + policy.weekly()
        + " weekly, "
        + policy.monthly()
        + " monthly";
  }
}
