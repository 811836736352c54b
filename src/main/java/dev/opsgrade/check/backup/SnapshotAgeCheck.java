package dev.opsgrade.check.backup;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.monitoring.Ages;
import dev.opsgrade.collect.snapshots.HostSnapshots;
import dev.opsgrade.collect.snapshots.ProviderSnapshot;
import dev.opsgrade.collect.snapshots.SnapshotCreation;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.BackupSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * bak.snapshot-age: the newest provider snapshot of every host in backup.contabo.instances is
 * younger than backup.max_age, measured at collection time. A snapshot the user asked for that the
 * provider did not take is a warning of its own.
 */
public final class SnapshotAgeCheck implements Check {
  static final String PROVIDER = "contabo";

  @Override
  public String id() {
    return "bak.snapshot-age";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<BackupSpec> backup = evidence.inventory().backup();
    Optional<BackupSpec.Contabo> contabo = backup.flatMap(BackupSpec::contabo);
    if (contabo.isEmpty()) {
      return List.of(
          findings.notApplicable(
              "provider snapshots", "no snapshot provider configured (backup.contabo)"));
    }
    Duration maxAge = backup.get().maxAge();
    List<Finding> out = new ArrayList<>();
    for (String host : new TreeSet<>(contabo.get().instances().keySet())) {
      out.add(judge(host, maxAge, evidence, findings));
    }
    for (FactView<SnapshotCreation> view : evidence.all(SnapshotCreation.class)) {
      SnapshotCreation creation = view.data();
      if (creation.outcome() != SnapshotCreation.Outcome.COMPLETE) {
        out.add(
            findings.about(
                Status.WARN, "snapshot requested for " + creation.host(), creation.detail(), view));
      }
    }
    return out;
  }

  private static Finding judge(String host, Duration maxAge, Evidence evidence, Findings findings) {
    Optional<FactView<HostSnapshots>> fact =
        evidence.all(HostSnapshots.class).stream()
            .filter(f -> f.data().provider().equals(PROVIDER) && f.data().host().equals(host))
            .findFirst();
    String subject = "host " + host;
    if (fact.isEmpty()) {
      return findings.unverified(
          subject,
          evidence.runs(PROVIDER).stream()
              .map(r -> r.detail())
              .findFirst()
              .orElse("the " + PROVIDER + " collector did not read its snapshots"));
    }
    FactView<HostSnapshots> view = fact.get();
    HostSnapshots snapshots = view.data();
    if (snapshots.problem().isPresent()) {
      return findings.about(
          Status.UNVERIFIED,
          subject,
          "no evidence: snapshots not read: " + snapshots.problem().get(),
          view);
    }
    String instance = "instance " + snapshots.instance();
    Optional<ProviderSnapshot> newest = snapshots.newest();
    if (newest.isEmpty() || newest.get().createdAt().isEmpty()) {
      return findings.fail(
          subject,
          newest.isEmpty()
              ? "no provider snapshot of " + instance
              : "the newest snapshot of " + instance + " has no creation date",
          view.location(),
          List.of(view.id()),
          "Take a snapshot of " + host + ": opsgrade assess --create-snapshot " + host);
    }
    ProviderSnapshot snapshot = newest.get();
    Duration age = Duration.between(snapshot.createdAt().get(), evidence.now());
    String said =
        "newest snapshot '"
            + snapshot.name()
            + "' of "
            + instance
            + " is "
            + Ages.describe(age)
            + " old (maximum "
            + Ages.describe(maxAge)
            + "; "
            + snapshots.count()
            + " snapshot(s))";
    if (age.compareTo(maxAge) > 0) {
      return findings.fail(
          subject,
          said,
          view.location(),
          List.of(view.id()),
          "Take a fresh snapshot of "
              + host
              + " (opsgrade assess --create-snapshot "
              + host
              + ") and schedule one within "
              + Ages.describe(maxAge));
    }
    return findings.pass(subject, said, view);
  }
}
