package dev.opsgrade.score;

import static dev.opsgrade.model.Location.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Finding;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeCalculatorTest {
  private static final Instant BEFORE = Instant.parse("2026-11-13T06:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
  private static final String COMPOSE = "stacks/master/docker-compose.yml";

  @Test
  void firstAssessmentHasNothingToCompareWith() {
    Changes changes = ChangeCalculator.compare(estate().assess("a", NOW), Optional.empty());

    assertThat(changes.firstAssessment()).isTrue();
    assertThat(changes.explanation()).isEqualTo("First assessment: nothing to compare with.");
    assertThat(changes.newProblems()).isEmpty();
    assertThat(changes.fixed()).isEmpty();
    assertThat(changes.stillOpen()).isEmpty();
    assertThat(changes.categories()).allSatisfy(c -> assertThat(c.before()).isEmpty());
  }

  @Test
  void findingsAreMatchedByCheckAndSubject() {
    Assessment before =
        estate()
            .fail(
                "sec.public-binding",
                "master/portainer",
                "9443 on 0.0.0.0",
                file(COMPOSE, 57),
                "bind")
            .warn("sec.hsts", "https://cloud.example.net", "max-age 1 day", file(COMPOSE, 3))
            .assess("before", BEFORE);
    Assessment now =
        estate()
            .without("sec.public-binding", "master/grafana")
            .fail(
                "sec.public-binding",
                "master/grafana",
                "3000 on 0.0.0.0",
                file(COMPOSE, 91),
                "bind")
            .pass("sec.public-binding", "master/portainer", "127.0.0.1 only", file(COMPOSE, 57))
            .fail("sec.hsts", "https://cloud.example.net", "no header", file(COMPOSE, 3), "add it")
            .assess("now", NOW);

    Changes changes = ChangeCalculator.compare(now, Optional.of(before));

    assertThat(changes.newProblems())
        .extracting(Finding::check, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sec.public-binding", "master/grafana"));
    assertThat(changes.fixed()).extracting(Finding::subject).containsExactly("master/portainer");
    assertThat(changes.stillOpen())
        .extracting(Finding::subject)
        .containsExactly("https://cloud.example.net");
  }

  @Test
  void aFallNamesTheCategoryWithTheLargestWeightedLossAndItsNewFailures() {
    Assessment before = estate().assess("before", BEFORE);
    EstateBuilder worse = estate();
    for (String service :
        new String[] {"master/grafana", "master/loki", "lady/prometheus", "lady/wiki"}) {
      worse
          .without("sec.public-binding", service)
          .fail("sec.public-binding", service, "published on 0.0.0.0", file(COMPOSE, 9), "bind");
    }
    worse.fail("rel.healthcheck", "lady/gotify", "none", file(COMPOSE, 31), "add one");
    Assessment now = worse.assess("now", NOW);

    Changes changes = ChangeCalculator.compare(now, Optional.of(before));

    Changes.CategoryChange security =
        changes.categories().stream()
            .filter(c -> c.category() == Category.SECURITY)
            .findFirst()
            .orElseThrow();
    assertThat(changes.scoreDelta()).isNegative();
    assertThat(changes.explanation())
        .isEqualTo(
            "Grade fell from %s (%s) to %s (%s) because security lost %s points: 4 new failures in"
                    .formatted(
                        before.grade().letter(),
                        ScoreFormat.score(before.grade().score()),
                        now.grade().letter(),
                        ScoreFormat.score(now.grade().score()),
                        ScoreFormat.score(-security.delta()))
                + " sec.public-binding (master/grafana, master/loki, lady/prometheus, ...).");
  }

  @Test
  void aRiseWithinOneLetterNamesWhatWasFixed() {
    Assessment before =
        manyBindings()
            .fail(
                "sec.public-binding",
                "master/portainer",
                "9443 on 0.0.0.0",
                file(COMPOSE, 57),
                "bind")
            .assess("before", BEFORE);
    Assessment now =
        manyBindings()
            .pass("sec.public-binding", "master/portainer", "127.0.0.1 only", file(COMPOSE, 57))
            .assess("now", NOW);

    Changes changes = ChangeCalculator.compare(now, Optional.of(before));

    assertThat(changes.letterChanged()).isFalse();
    assertThat(changes.explanation())
        .isEqualTo(
            "Score rose from 97.5 to 100.0 (grade still A+++) because security gained 8.3 points:"
                + " 1 fixed in sec.public-binding (master/portainer).");
  }

  private static EstateBuilder manyBindings() {
    EstateBuilder estate = estate();
    for (String service : new String[] {"lady/traefik", "lady/gotify", "master/authelia"}) {
      estate.pass("sec.public-binding", service, "127.0.0.1 only", file(COMPOSE, 20));
    }
    return estate;
  }

  @Test
  void anUnchangedScoreSaysSoAndCountsTheTurnover() {
    Assessment before =
        estate()
            .fail("sec.privileged", "lady", "privileged: true", file(COMPOSE, 5), "drop")
            .assess("b", BEFORE);
    Assessment now =
        estate()
            .without("sec.privileged", "master")
            .fail("sec.privileged", "master", "privileged: true", file(COMPOSE, 6), "drop")
            .pass("sec.privileged", "lady", "not privileged", file(COMPOSE, 5))
            .assess("n", NOW);

    Changes changes = ChangeCalculator.compare(now, Optional.of(before));

    assertThat(changes.scoreDelta()).isZero();
    assertThat(changes.letterChanged()).isFalse();
    assertThat(changes.explanation())
        .isEqualTo(
            "Grade unchanged at %s (%s): 1 new problem, 1 fixed."
                .formatted(now.grade().letter(), ScoreFormat.score(now.grade().score())));
  }

  /** A small estate that passes everywhere it is looked at. */
  private static EstateBuilder estate() {
    return new EstateBuilder()
        .pass("sec.public-binding", "master/traefik", "443 allowlisted", file(COMPOSE, 14))
        .pass("sec.public-binding", "master/grafana", "127.0.0.1 only", file(COMPOSE, 91))
        .pass("sec.privileged", "master", "not privileged", file(COMPOSE, 6))
        .pass("rel.healthcheck", "master/grafana", "defined", file(COMPOSE, 90))
        .pass("bak.backup-age", "master-daily", "7 h old", file("/srv/backup"))
        .pass(
            "doc.inventory", ".docs/DOC_INVENTORY.md", "complete", file(".docs/DOC_INVENTORY.md"));
  }
}
