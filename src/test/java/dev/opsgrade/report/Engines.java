package dev.opsgrade.report;

import dev.opsgrade.check.docker.Facts;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerEvents;
import dev.opsgrade.collect.docker.DockerHost;
import dev.opsgrade.collect.docker.Inventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.inventory.HostSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Docker evidence behind the sample estate's reports, as the engine collector stores it: master
 * read and lady refused (week 1), both read (week 4).
 */
final class Engines {
  private static final long MIB = 1L << 20;

  private Engines() {}

  /** Week 1: master's engine read; lady's refused the SSH connection. */
  static Evidence week1() {
    Instant at = Estates.WEEK_1;
    List<Fact> facts = new ArrayList<>();
    master(facts, at, 1);
    return evidence(
        at,
        facts,
        List.of(
            new CollectorRun("docker", "master", CollectorRun.Outcome.OK, "read"),
            new CollectorRun(
                "docker",
                "lady",
                CollectorRun.Outcome.FAILED,
                "ssh://ops@lady.example.net:22: connection refused")));
  }

  /** Week 4: both engines read; grafana near its limit, wiki restarted twice. */
  static Evidence week4() {
    Instant at = Estates.WEEK_4;
    List<Fact> facts = new ArrayList<>();
    master(facts, at, 0);
    facts.add(Facts.fact("docker.host", "lady", host("lady", 4, 4), at));
    facts.add(fact(at, container("lady", "gotify", "healthy", true, 128, 40)));
    facts.add(fact(at, container("lady", "wiki", "healthy", true, 512, 470)));
    facts.add(fact(at, container("lady", "ntfy", "", false, 0, 30)));
    facts.add(fact(at, container("lady", "backup", "", false, 256, 20)));
    facts.add(
        Facts.fact(
            "docker.events",
            "lady",
            new DockerEvents(
                "lady",
                at.minusSeconds(86400),
                at,
                12,
                Optional.of(at.minusSeconds(80000)),
                false,
                List.of(
                    new DockerEvents.ContainerEvents(
                        "wiki", 2, 0, 0, 2, 0, List.of(1800L, 4200L)))),
            at));
    return evidence(
        at,
        facts,
        List.of(
            new CollectorRun("docker", "master", CollectorRun.Outcome.OK, "read"),
            new CollectorRun("docker", "lady", CollectorRun.Outcome.OK, "read")));
  }

  /** master: traefik, authelia, grafana (unhealthy in week 1, once OOM-killed), redis. */
  private static void master(List<Fact> facts, Instant at, int ooms) {
    facts.add(Facts.fact("docker.host", "master", host("master", 4, 4), at));
    facts.add(fact(at, container("master", "traefik", "healthy", true, 256, 60)));
    facts.add(fact(at, container("master", "authelia", "healthy", true, 256, 80)));
    facts.add(
        fact(
            at,
            container("master", "grafana", ooms > 0 ? "unhealthy" : "healthy", true, 640, 600)));
    facts.add(fact(at, container("master", "redis", "", false, 0, 12)));
    facts.add(
        Facts.fact(
            "docker.events",
            "master",
            new DockerEvents(
                "master",
                at.minusSeconds(86400),
                at,
                40,
                Optional.of(at.minusSeconds(86000)),
                false,
                List.of(
                    new DockerEvents.ContainerEvents(
                        "grafana", ooms, ooms, 0, ooms, 0, ooms > 0 ? List.of(9300L) : List.of()))),
            at));
  }

  private static Evidence evidence(Instant at, List<Fact> facts, List<CollectorRun> runs) {
    List<HostSpec> hosts =
        List.of(
            new HostSpec(
                "master",
                Optional.of("ssh://ops@master.example.net"),
                Optional.empty(),
                List.of("stacks/master/docker-compose.yml"),
                Optional.of(4)),
            new HostSpec(
                "lady",
                Optional.of("ssh://ops@lady.example.net"),
                Optional.empty(),
                List.of("stacks/lady/docker-compose.yml"),
                Optional.of(5)));
    EvidenceBundle bundle =
        new EvidenceBundle(
            EvidenceBundle.FORMAT_VERSION,
            "0.1.0",
            at,
            Inventories.of(hosts),
            runs,
            List.copyOf(facts));
    List<ComposeService> declared = new ArrayList<>();
    for (String name : List.of("traefik", "authelia", "grafana", "redis")) {
      declared.add(Facts.service("master", "master", name, "example/" + name, List.of(), Map.of()));
    }
    for (String name : List.of("gotify", "wiki", "ntfy", "backup", "restic")) {
      declared.add(Facts.service("lady", "lady", name, "example/" + name, List.of(), Map.of()));
    }
    return Facts.with(bundle, declared);
  }

  private static DockerHost host(String name, int containers, int running) {
    return new DockerHost(
        name,
        "ssh://ops@" + name + ".example.net",
        "ssh",
        "27.5.1",
        "1.47",
        "Debian GNU/Linux 12",
        "6.1.0",
        containers,
        running,
        containers,
        Optional.empty());
  }

  private static Fact fact(Instant at, DockerContainer c) {
    return Facts.fact("docker.container", c.subject(), c, at);
  }

  /** A running container; health "" means none reported, limit 0 means none set. */
  private static DockerContainer container(
      String host, String name, String health, boolean healthcheck, long limitMib, long usageMib) {
    return new DockerContainer(
        host,
        Integer.toHexString(name.hashCode()),
        name,
        Optional.of(host),
        Optional.of(name),
        Optional.empty(),
        "example/" + name + ":1",
        "sha256:" + Integer.toHexString(name.hashCode()),
        List.of(),
        "running",
        health.isEmpty() ? Optional.empty() : Optional.of(health),
        Optional.empty(),
        healthcheck,
        "unless-stopped",
        0,
        0,
        Optional.of(Instant.parse("2026-10-01T00:00:00Z")),
        Optional.of(Instant.parse("2026-11-01T00:00:00Z")),
        Optional.empty(),
        0,
        false,
        limitMib == 0 ? Optional.empty() : Optional.of(limitMib * MIB),
        Optional.of(usageMib * MIB),
        "bridge",
        List.of(),
        List.of(),
        false,
        List.of(),
        Map.of());
  }
}
