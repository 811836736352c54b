package dev.opsgrade.check.docs;

import dev.opsgrade.collect.docs.DocClaim;
import dev.opsgrade.collect.docs.DocsFixture;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.DocsSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evidence for the doc checks: the docs collector's facts (from the real collector, or claims the
 * real finder read in a small text) together with the Measurement facts and runs that the other
 * collectors (docker, prometheus, ...) record.
 */
final class EvidenceFixture {
  private final List<Fact> facts = new ArrayList<>();
  private final List<CollectorRun> runs = new ArrayList<>();
  private Optional<DocsSpec> docs = Optional.of(DocsFixture.corpusDocs());

  static EvidenceFixture fromBundle(EvidenceBundle bundle) {
    EvidenceFixture fixture = new EvidenceFixture();
    fixture.facts.addAll(bundle.facts());
    fixture.runs.addAll(bundle.collectors());
    return fixture;
  }

  /** The claims of one small doc, read by the real finder, as if the docs collector ran OK. */
  static EvidenceFixture fromMarkdown(String markdown) {
    EvidenceFixture fixture = new EvidenceFixture();
    fixture.run("docs", CollectorRun.Outcome.OK, "1 Markdown file");
    for (DocClaim claim : DocsFixture.claims(".docs/T.md", markdown)) {
      fixture.fact(
          claim.file() + ":" + claim.line() + " " + claim.fact(),
          Location.file(claim.file(), claim.line()),
          "docs.claim",
          claim);
    }
    return fixture;
  }

  EvidenceFixture measured(String name, long value, String by) {
    return fact(name, Location.url("test://" + by), "measure", Measurement.of(name, value, by));
  }

  EvidenceFixture run(String collector, CollectorRun.Outcome outcome, String detail) {
    runs.add(new CollectorRun(collector, "homelab", outcome, detail));
    return this;
  }

  EvidenceFixture docs(Optional<DocsSpec> spec) {
    this.docs = spec;
    return this;
  }

  EvidenceFixture fact(String subject, Location location, String kind, Object data) {
    facts.add(
        new Fact(
            kind + ":" + subject,
            kind,
            subject,
            Provenance.of(kind.split("\\.")[0], location, DocsFixture.NOW),
            Json.toTree(data)));
    return this;
  }

  /** The measurements of the corpus's estate: what docker, prometheus, grafana and traefik saw. */
  EvidenceFixture estate() {
    run("docker", CollectorRun.Outcome.OK, "2 hosts");
    run("prometheus", CollectorRun.Outcome.OK, "24 targets");
    run("grafana", CollectorRun.Outcome.OK, "7 dashboards");
    run("traefik", CollectorRun.Outcome.OK, "31 routers");
    run("ansible", CollectorRun.Outcome.NOT_CONFIGURED, "not configured in the inventory");
    return measured("containers.total", 62, "docker, 2 hosts")
        .measured("containers.running", 62, "docker, 2 hosts")
        .measured("containers.healthy", 60, "docker, 2 hosts")
        .measured("containers.unhealthy", 2, "docker, 2 hosts")
        .measured("containers.host.master", 25, "docker, master")
        .measured("containers.host.lady", 37, "docker, lady")
        .measured("prometheus.targets", 24, "prometheus")
        .measured("prometheus.targets.up", 23, "prometheus")
        .measured("grafana.dashboards", 7, "grafana")
        .measured("traefik.routers", 31, "traefik");
  }

  Evidence evidence() {
    return new Evidence(
        new EvidenceBundle(
            EvidenceBundle.FORMAT_VERSION,
            "test",
            DocsFixture.NOW,
            DocsFixture.inventory(Path.of("/srv/homelab"), docs),
            List.copyOf(runs),
            List.copyOf(facts)));
  }
}
