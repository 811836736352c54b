package dev.opsgrade.check.compose;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.compose.ComposeFile;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence for compose checks, built the way the compose collector stores it: records turned into
 * JSON facts in a bundle, read back through {@link Evidence}.
 */
public final class ComposeFacts {
  public static final Instant COLLECTED_AT = Instant.parse("2026-11-25T12:00:00Z");
  public static final String FILE = "stacks/master/docker-compose.yml";

  private final List<Fact> facts = new ArrayList<>();
  private final List<CollectorRun> runs = new ArrayList<>();
  private final Set<String> hostsWithFiles = new LinkedHashSet<>();
  private final Set<String> hostsWithServices = new LinkedHashSet<>();
  private List<Integer> allowed = List.of(80, 443, 25, 465, 587, 993);
  private List<String> inventoryCompose = List.of(FILE);
  private String inventorySource = "opsgrade.yaml";

  public ComposeFacts service(ComposeService service) {
    hostsWithServices.add(service.host());
    String subject = service.host() + "/" + service.service();
    return fact(subject, Location.file(service.file(), service.line()), service);
  }

  public ComposeFacts service(TestService service) {
    return service(service.build());
  }

  public ComposeFacts file(ComposeFile file) {
    hostsWithFiles.add(file.host());
    Location at = Location.file(file.file(), file.errorLine().orElse(1));
    return fact(file.host() + "/" + file.file(), at, file);
  }

  public ComposeFacts run(CollectorRun.Outcome outcome, String target, String detail) {
    runs.add(new CollectorRun("compose", target, outcome, detail));
    return this;
  }

  public ComposeFacts allowed(Integer... ports) {
    allowed = List.of(ports);
    return this;
  }

  public ComposeFacts noComposeInInventory() {
    inventoryCompose = List.of();
    return this;
  }

  /** A folder assessed without an opsgrade.yaml, with no compose file at its top. */
  public ComposeFacts folderWithoutComposeFiles() {
    inventoryCompose = List.of();
    inventorySource = ".";
    return this;
  }

  public static ComposeFile readable(String host, int services) {
    return new ComposeFile(
        host,
        FILE,
        List.of(),
        services,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A file that was read but whose includes (or env files) do not exist: no service seen. */
  public static ComposeFile missing(String host, String... missingFiles) {
    return new ComposeFile(
        host,
        FILE,
        List.of(),
        0,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(missingFiles),
        Optional.empty());
  }

  public static ComposeFile unreadable(String host, String file, String error, int line, int col) {
    return new ComposeFile(
        host,
        file,
        List.of(),
        0,
        List.of(),
        Optional.of(error),
        Optional.of(line),
        Optional.of(col));
  }

  /** The bundle: a readable file is added for every host that has services but no file fact. */
  public Evidence evidence() {
    List<Fact> all = new ArrayList<>(facts);
    for (String host : hostsWithServices) {
      if (!hostsWithFiles.contains(host)) {
        ComposeFile file = readable(host, 1);
        all.add(fact(host + "/" + FILE, Location.file(FILE, 1), file, "compose.file"));
      }
    }
    Inventory inventory =
        new Inventory(
            "homelab",
            ".",
            inventorySource,
            List.of(
                new HostSpec(
                    "master",
                    Optional.empty(),
                    Optional.empty(),
                    inventoryCompose,
                    Optional.empty())),
            Optional.empty(),
            List.of(),
            new ProbeSpec(3, Duration.ofSeconds(5)),
            new SecuritySpec(allowed),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            List.of(),
            "default",
            Optional.empty(),
            Optional.empty(),
            new SloSpec(99.9, Duration.ofDays(30)),
            List.of());
    return new Evidence(
        new EvidenceBundle(
            EvidenceBundle.FORMAT_VERSION, "test", COLLECTED_AT, inventory, runs, all));
  }

  public List<Finding> evaluate(Check check) {
    return check.evaluate(evidence(), new Findings(Catalogue.standard().get(check.id())));
  }

  private ComposeFacts fact(String subject, Location location, Object data) {
    facts.add(fact(subject, location, data, Evidence.kindOf(data.getClass())));
    return this;
  }

  private static Fact fact(String subject, Location location, Object data, String kind) {
    return new Fact(
        kind + ":" + subject,
        kind,
        subject,
        Provenance.of("compose", location, COLLECTED_AT),
        Json.toTree(data));
  }
}
