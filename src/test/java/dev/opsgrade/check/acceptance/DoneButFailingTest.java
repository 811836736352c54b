package dev.opsgrade.check.acceptance;

import static dev.opsgrade.model.Location.file;
import static dev.opsgrade.model.Location.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.score.EstateBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ticked items of the corpus's TODO.md and STATUS.md against one assessment's findings. */
class DoneButFailingTest {
  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private static final String COMPOSE = "stacks/master/docker-compose.yml";

  @TempDir Path dir;

  private static List<Finding> checked() {
    return new EstateBuilder()
        .pass(
            "sec.auth-coverage",
            "grafana@docker",
            "forwardAuth authelia@docker",
            url("https://grafana.example.net"))
        .fail(
            "sec.auth-coverage",
            "wiki-admin@file",
            "no auth middleware",
            file("rules/wiki.yml", 7),
            "add authelia@docker")
        .pass(
            "avail.route-status",
            "wiki.example.net",
            "200 in 3 of 3",
            url("https://wiki.example.net"))
        .pass("rel.restart-policy", "lady/gotify", "unless-stopped", file(COMPOSE, 12))
        .warn(
            "sec.hsts",
            "https://cloud.example.net",
            "max-age=86400, below one year",
            url("https://cloud.example.net"))
        .unverified(
            "bak.backup-age", "master", "restic repository /srv/backup/master could not be opened")
        .fail(
            "sec.docker-socket",
            "master/traefik",
            "socket mounted writable",
            file(COMPOSE, 21),
            "use a socket proxy")
        .pass("rel.memory-limit", "lady/nextcloud", "mem_limit 2g", file(COMPOSE, 80))
        .fail(
            "sec.public-binding",
            "master/grafana",
            "3000 on 0.0.0.0",
            file(COMPOSE, 91),
            "bind 127.0.0.1")
        .assess("todo", NOW)
        .findings();
  }

  private Evidence evidence() {
    Inventory inventory = Inventories.of(Corpus.copy(dir), List.of(), Optional.of(".docs"));
    return Corpus.collect(inventory, NOW);
  }

  private static List<Finding> withProvisional(Evidence evidence, List<Finding> checked) {
    List<Finding> all = new ArrayList<>(checked);
    all.addAll(new DoneButFailingCheck().evaluate(evidence, findings(DoneButFailingCheck.ID)));
    return all;
  }

  private static Findings findings(String check) {
    return new Findings(Catalogue.standard().get(check));
  }

  @Test
  void aTickedItemWhoseCheckFailsIsAContradiction() {
    Evidence evidence = evidence();

    List<Finding> result =
        AcceptancePass.apply(evidence, withProvisional(evidence, checked()), Catalogue.standard())
            .findings();

    List<Finding> done =
        result.stream().filter(f -> f.check().equals(DoneButFailingCheck.ID)).toList();
    assertThat(done)
        .extracting(f -> f.location().orElseThrow().display(), Finding::status)
        .containsExactlyInAnyOrder(
            tuple(".docs/TODO.md:8", Status.FAIL),
            tuple(".docs/TODO.md:9", Status.PASS),
            tuple(".docs/TODO.md:10", Status.PASS),
            tuple(".docs/TODO.md:11", Status.WARN),
            tuple(".docs/TODO.md:12", Status.FAIL),
            tuple(".docs/TODO.md:13", Status.PASS),
            tuple(".docs/STATUS.md:8", Status.PASS));
    Finding auth =
        done.stream()
            .filter(f -> f.location().orElseThrow().display().equals(".docs/TODO.md:8"))
            .findFirst()
            .orElseThrow();
    assertThat(auth.subject())
        .isEqualTo("Put the admin routes behind Authelia (sec.auth-coverage)");
    assertThat(auth.message())
        .isEqualTo("ticked as done, but sec.auth-coverage: 1 of 2 do not pass: wiki-admin@file");
    assertThat(auth.fix())
        .hasValueSatisfying(f -> assertThat(f).contains(".docs/TODO.md:8").contains("- [ ]"));
    assertThat(auth.evidence()).containsExactly("todo.item:.docs/TODO.md:8");
  }

  @Test
  void aWaivedCheckCountsAsPassingForATickedItem() {
    Evidence evidence = evidence();

    List<Finding> result =
        AcceptancePass.apply(evidence, withProvisional(evidence, checked()), Catalogue.standard())
            .findings();

    assertThat(result)
        .filteredOn(f -> f.check().equals("sec.docker-socket"))
        .extracting(Finding::status)
        .containsExactly(Status.WAIVED);
    assertThat(result)
        .filteredOn(
            f -> f.location().map(l -> l.display().equals(".docs/TODO.md:13")).orElse(false))
        .extracting(Finding::message)
        .containsExactly("ticked, and sec.docker-socket pass");
  }

  @Test
  void openItemsUnknownIdsAndCodeBlocksAreNotJudged() {
    Evidence evidence = evidence();

    List<Finding> result =
        AcceptancePass.apply(evidence, withProvisional(evidence, checked()), Catalogue.standard())
            .findings();

    assertThat(result)
        .filteredOn(f -> f.check().equals(DoneButFailingCheck.ID))
        .extracting(Finding::message)
        .noneMatch(
            m ->
                m.contains("sec.public-binding")
                    || m.contains("doc.md")
                    || m.contains("sec.privileged"));
  }

  @Test
  void withNoTickedItemNamingACheckItIsNotApplicable() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("docs"));
    java.nio.file.Files.writeString(
        dir.resolve("docs/TODO.md"),
        "- [x] Ordered the new VPS\n- [ ] Move Grafana (sec.public-binding)\n");
    Evidence evidence = Corpus.collect(Inventories.of(dir, List.of(), Optional.of("docs")), NOW);

    List<Finding> result =
        AcceptancePass.apply(evidence, withProvisional(evidence, checked()), Catalogue.standard())
            .findings();

    assertThat(result)
        .filteredOn(f -> f.check().equals(DoneButFailingCheck.ID))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.NOT_APPLICABLE);
              assertThat(f.message()).isEqualTo("no ticked item names a check (2 task items read)");
            });
  }

  @Test
  void aTickedItemNamingACheckWithoutFindingsIsUnverified() {
    Evidence evidence = evidence();
    List<Finding> noAuth =
        checked().stream().filter(f -> !f.check().equals("sec.auth-coverage")).toList();

    List<Finding> result =
        AcceptancePass.apply(evidence, withProvisional(evidence, noAuth), Catalogue.standard())
            .findings();

    assertThat(result)
        .filteredOn(f -> f.location().map(l -> l.display().equals(".docs/TODO.md:8")).orElse(false))
        .extracting(Finding::status, Finding::message)
        .containsExactly(
            tuple(
                Status.UNVERIFIED,
                "ticked as done, but sec.auth-coverage: no finding of this check in the assessment"));
  }

  @Test
  void runAloneTheCheckPassesNothing() {
    Evidence evidence = evidence();

    List<Finding> alone =
        new DoneButFailingCheck().evaluate(evidence, findings(DoneButFailingCheck.ID));

    assertThat(alone)
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.UNVERIFIED));
  }
}
