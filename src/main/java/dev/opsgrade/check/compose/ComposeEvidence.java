package dev.opsgrade.check.compose;

import dev.opsgrade.collect.compose.ComposeFile;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The compose facts a check judges: the services Docker Compose would start (active profiles only),
 * the files that could not be read, the collector runs that failed without leaving a file fact, and
 * why there is no compose evidence at all.
 */
public final class ComposeEvidence {
  public static final String COLLECTOR = "compose";

  private final Evidence evidence;
  private final List<FactView<ComposeFile>> files;
  private final List<FactView<ComposeService>> services;
  private final Set<String> excludedHosts;

  private ComposeEvidence(Evidence evidence, Set<String> excludedHosts) {
    this.evidence = evidence;
    this.excludedHosts = Set.copyOf(excludedHosts);
    this.files =
        evidence.all(ComposeFile.class).stream()
            .filter(f -> !excludedHosts.contains(f.data().host()))
            .sorted(
                Comparator.comparing((FactView<ComposeFile> f) -> f.data().host())
                    .thenComparing(f -> f.data().file()))
            .toList();
    this.services =
        evidence.all(ComposeService.class).stream()
            .filter(s -> !excludedHosts.contains(s.data().host()))
            .sorted(
                Comparator.comparing((FactView<ComposeService> s) -> s.data().host())
                    .thenComparing(s -> s.data().service()))
            .toList();
  }

  public static ComposeEvidence of(Evidence evidence) {
    return new ComposeEvidence(evidence, Set.of());
  }

  /**
   * The compose evidence of every host but {@code hosts}: those whose running containers are judged
   * instead (their engine was read).
   */
  public ComposeEvidence excluding(Set<String> hosts) {
    return new ComposeEvidence(evidence, hosts);
  }

  /** Why there is no compose evidence at all; empty when there is some. */
  public Optional<String> missing() {
    if (!files.isEmpty() || !services.isEmpty()) {
      return Optional.empty();
    }
    List<CollectorRun> failed = failedRuns();
    if (!failed.isEmpty()) {
      return Optional.of("the compose collector failed: " + describe(failed));
    }
    boolean listed =
        evidence.inventory().hosts().stream()
            .anyMatch(h -> !h.compose().isEmpty() && !excludedHosts.contains(h.name()));
    if (!listed && evidence.inventory().sourceFile().equals(".")) {
      // directory mode: the folder was given without an opsgrade.yaml
      return Optional.of(
          "no opsgrade.yaml and no compose file at the top of the folder assessed"
              + " (compose*.yaml, docker-compose*.yml): run `opsgrade init` there to list the"
              + " compose files of its subfolders, or assess the folder that holds them");
    }
    if (!listed) {
      return Optional.of("no compose files in the inventory (no host lists any under compose:)");
    }
    List<CollectorRun> runs = evidence.runs(COLLECTOR).stream().filter(this::included).toList();
    return Optional.of(
        runs.isEmpty()
            ? "the compose collector did not run, so the inventory's compose files were not read"
            : "the compose collector read no compose file: " + describe(runs));
  }

  public String inventoryName() {
    return evidence.inventory().name();
  }

  public List<FactView<ComposeFile>> files() {
    return files;
  }

  public List<FactView<ComposeFile>> unreadableFiles() {
    return files.stream().filter(f -> !f.data().readable()).toList();
  }

  /** Files read whose includes or env files are missing: their evidence is incomplete. */
  public List<FactView<ComposeFile>> incompleteFiles() {
    return files.stream()
        .filter(f -> f.data().readable() && !f.data().missingFiles().isEmpty())
        .toList();
  }

  /** Failed collector runs whose target (a host or a file) no compose.file fact accounts for. */
  public List<CollectorRun> unaccountedFailures() {
    Set<String> covered = new TreeSet<>();
    // The collector names a file's run "host/file": that run is the file fact's own failure.
    files.forEach(
        f ->
            covered.addAll(
                List.of(
                    f.data().host(), f.data().file(), f.data().host() + "/" + f.data().file())));
    return failedRuns().stream().filter(r -> !covered.contains(r.target())).toList();
  }

  /** The services that run by default: those of inactive profiles are left out. */
  public List<FactView<ComposeService>> activeServices() {
    return services.stream().filter(s -> s.data().activeProfile()).toList();
  }

  public Map<String, List<FactView<ComposeService>>> activeServicesByHost() {
    return activeServices().stream()
        .collect(
            Collectors.groupingBy(s -> s.data().host(), LinkedHashMap::new, Collectors.toList()));
  }

  /**
   * Hosts whose compose files were all read whole and none of whose services runs by default (a
   * host with a missing or unreadable file is unverified instead: its services may be there).
   */
  public Set<String> hostsWithoutActiveServices() {
    Set<String> hosts = new TreeSet<>();
    files.stream().filter(f -> f.data().readable()).forEach(f -> hosts.add(f.data().host()));
    files.stream().filter(f -> !f.data().complete()).forEach(f -> hosts.remove(f.data().host()));
    hosts.removeAll(activeServicesByHost().keySet());
    return hosts;
  }

  public long inactiveServices(String host) {
    return services.stream()
        .filter(s -> s.data().host().equals(host) && !s.data().activeProfile())
        .count();
  }

  private List<CollectorRun> failedRuns() {
    return evidence.runs(COLLECTOR).stream()
        .filter(r -> !r.succeeded() && r.outcome() != CollectorRun.Outcome.NOT_CONFIGURED)
        .filter(this::included)
        .toList();
  }

  /** A run's target is a host or "host/file". */
  private boolean included(CollectorRun run) {
    return excludedHosts.stream()
        .noneMatch(h -> run.target().equals(h) || run.target().startsWith(h + "/"));
  }

  static String describe(List<CollectorRun> runs) {
    return runs.stream()
        .map(r -> r.target() + ": " + r.outcome() + " " + r.detail())
        .collect(Collectors.joining("; "));
  }
}
