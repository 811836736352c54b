package dev.opsgrade.check.docker;

import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evidence for check tests: a collected bundle plus the compose facts a host declares. */
public final class Facts {
  private Facts() {}

  public static Evidence with(EvidenceBundle bundle, List<ComposeService> declared) {
    List<Fact> facts = new ArrayList<>(bundle.facts());
    for (ComposeService s : declared) {
      String subject = s.host() + "/" + s.service();
      facts.add(
          new Fact(
              "compose.service:" + subject,
              "compose.service",
              subject,
              Provenance.of("compose", Location.file(s.file(), s.line()), bundle.collectedAt()),
              Json.toTree(s)));
    }
    return new Evidence(
        new EvidenceBundle(
            bundle.formatVersion(),
            bundle.opsgradeVersion(),
            bundle.collectedAt(),
            bundle.inventory(),
            bundle.collectors(),
            facts));
  }

  public static Fact fact(String kind, String subject, Object data, Instant at) {
    return new Fact(
        kind + ":" + subject,
        kind,
        subject,
        Provenance.of("docker", Location.url("unix:///var/run/docker.sock:/containers/x/json"), at),
        Json.toTree(data));
  }

  public static ComposeService service(
      String host,
      String project,
      String service,
      String image,
      List<ComposeService.PortBinding> ports,
      Map<String, String> labels) {
    return new ComposeService(
        host,
        project,
        service,
        "stacks/" + host + "/docker-compose.yml",
        10,
        Optional.of(image),
        Optional.empty(),
        List.of(),
        true,
        false,
        Optional.of("unless-stopped"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ports,
        List.of(),
        labels,
        List.of(),
        List.of());
  }

  public static ComposeService.PortBinding port(String ip, int hostPort, int containerPort) {
    return new ComposeService.PortBinding(
        ip,
        Optional.of(hostPort),
        Optional.empty(),
        containerPort,
        containerPort,
        "tcp",
        ip + ":" + hostPort + ":" + containerPort,
        12);
  }
}
