package dev.opsgrade.collect.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Measurement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collector over an inventory: facts per file and service, runs per file, measurements. */
class ComposeCollectorTest {
  @TempDir Path dir;

  @Test
  void readsEveryFileOfEveryHostAndReportsTheBrokenOne() {
    new ComposeProject(dir)
        .write(
            "master/compose.yml",
            "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n  db:\n    image: pg\n")
        .write("master/broken.yml", "services:\n  x:\n    image: [\n")
        .write("lady/compose.yml", "include: [missing.yml]\nservices:\n  app:\n    image: app\n");
    EvidenceBundle bundle =
        Inventories.collect(
            Inventories.of(
                dir,
                Inventories.host(
                    "master", "master/compose.yml", "master/broken.yml", "master/absent.yml"),
                Inventories.host("lady", "lady/compose.yml"),
                Inventories.host("bare")),
            dir,
            Map.of());
    Evidence evidence = new Evidence(Json.fromTree(Json.toTree(bundle), EvidenceBundle.class));

    List<FactView<ComposeService>> services = evidence.all(ComposeService.class);
    assertThat(services)
        .extracting(FactView::id)
        .containsExactly(
            "compose.service:lady/app", "compose.service:master/db", "compose.service:master/web");
    FactView<ComposeService> web = services.get(2);
    assertThat(web.location().display()).isEqualTo("master/compose.yml:2");
    assertThat(web.data().ports().get(0).onAllInterfaces()).isTrue();
    assertThat(evidence.all(ComposeFile.class)).hasSize(4);
    assertThat(evidence.runs("compose"))
        .extracting(CollectorRun::target, CollectorRun::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "lady/lady/compose.yml", CollectorRun.Outcome.PARTIAL),
            org.assertj.core.groups.Tuple.tuple(
                "master/master/absent.yml", CollectorRun.Outcome.FAILED),
            org.assertj.core.groups.Tuple.tuple(
                "master/master/broken.yml", CollectorRun.Outcome.FAILED),
            org.assertj.core.groups.Tuple.tuple(
                "master/master/compose.yml", CollectorRun.Outcome.OK));
    assertThat(evidence.run("compose", "master/master/broken.yml").orElseThrow().detail())
        .isEqualTo("master/broken.yml:4:1: expected the node content, but found '<stream end>'");
    assertThat(evidence.run("compose", "lady/lady/compose.yml").orElseThrow().detail())
        .isEqualTo("1 services; missing: lady/missing.yml (referenced at lady/compose.yml:1:11)");
    assertThat(evidence.all(Measurement.class))
        .extracting(m -> m.data().name() + "=" + m.data().value())
        .containsExactlyInAnyOrder(
            "compose.services.total=3",
            "compose.services.host.master=2",
            "compose.services.host.lady=1");
  }

  @Test
  void notConfiguredWithoutComposeFiles() {
    EvidenceBundle bundle =
        Inventories.collect(Inventories.of(dir, Inventories.host("bare")), dir, Map.of());

    assertThat(bundle.facts()).isEmpty();
    assertThat(bundle.collectors())
        .extracting(CollectorRun::outcome)
        .containsExactly(CollectorRun.Outcome.NOT_CONFIGURED);
  }
}
