package dev.opsgrade.check.backup;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.BackupSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The restic and borg repositories of the inventory, their facts, and why a fact is missing. */
final class BackupEvidence {
  private BackupEvidence() {}

  /** A repository of the inventory and the tool that reads it. */
  record Configured(String tool, BackupSpec.Repository repository) {
    /** As findings name it: "master-daily (restic)". */
    String subject() {
      return repository.name() + " (" + tool + ")";
    }

    String factSubject() {
      return tool + ":" + repository.name();
    }
  }

  static List<Configured> repositories(Evidence evidence) {
    List<Configured> result = new ArrayList<>();
    evidence
        .inventory()
        .backup()
        .ifPresent(
            backup -> {
              backup.restic().forEach(r -> result.add(new Configured("restic", r)));
              backup.borg().forEach(r -> result.add(new Configured("borg", r)));
            });
    return result;
  }

  static <T> Optional<FactView<T>> fact(Evidence evidence, Class<T> type, Configured repository) {
    return evidence.all(type).stream()
        .filter(f -> f.fact().subject().equals(repository.factSubject()))
        .findFirst();
  }

  /** Why the repository has no facts: the collector's reason, or that it did not run. */
  static String missing(Evidence evidence, Configured repository) {
    String name = repository.repository().name();
    Optional<CollectorRun> run = evidence.run(repository.tool(), name);
    if (run.isPresent()) {
      return repository.tool() + " repository " + name + " not read: " + run.get().detail();
    }
    return "the " + repository.tool() + " collector did not read repository " + name;
  }

  static final String NONE =
      "no restic or borg repository in the inventory (backup.restic, backup.borg)";
}
