package dev.opsgrade.report.terminal;

import static dev.opsgrade.model.Location.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.report.Estates;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.ChangeCalculator;
import dev.opsgrade.score.Changes;
import dev.opsgrade.score.EstateBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalReportTest {
  private static final String ESC = "\u001b";

  @Test
  void colourOnlyWhenToldItIsATerminal() {
    Assessment current = Estates.gradeFell();
    Changes changes = ChangeCalculator.compare(current, Optional.of(Estates.firstAssessment()));

    String plain = TerminalReport.render(current, changes, List.of(), false);
    String coloured = TerminalReport.render(current, changes, List.of(), true);

    assertThat(plain).doesNotContain(ESC);
    assertThat(coloured).contains(ESC + "[31mNO" + ESC + "[0m");
    assertThat(strip(coloured)).isEqualTo(plain);
  }

  @Test
  void longEstateTextStillFits100ColumnsAndCannotEscapeToTheTerminal() {
    String hostile = "lady/" + "x".repeat(120) + ESC + "]0;pwned" + "\u0007" + ESC + "[2J";
    Assessment scored =
        new EstateBuilder()
            .fail(
                "sec.public-binding",
                hostile,
                "published on 0.0.0.0 " + "y".repeat(200),
                file("c.yml", 1),
                "bind it")
            .fail(
                "sec.privileged",
                "master/" + ESC + "[31mfake",
                "privileged",
                file("c.yml", 2),
                "no")
            .assess("long", Instant.parse("2026-11-20T06:00:00Z"));
    Assessment longNamed =
        new Assessment(
            "inventory-" + "z".repeat(150),
            scored.collectedAt(),
            scored.grade(),
            scored.categories(),
            scored.findings(),
            scored.gapPlan(),
            scored.claims(),
            scored.evidenceSha256());
    String deep = "/srv/" + "deep/".repeat(40) + "PRODUCTION_READY_ASSESSMENT_2026-11-20.md";

    for (boolean colour : new boolean[] {false, true}) {
      String output =
          TerminalReport.render(
              longNamed,
              ChangeCalculator.compare(longNamed, Optional.empty()),
              List.of(deep),
              colour);

      assertThat(strip(output).lines())
          .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
      assertThat(strip(output)).doesNotContain(ESC).doesNotContain("\u0007");
      assertThat(output)
          .contains("    ...")
          .contains("/deep/PRODUCTION_READY_ASSESSMENT_2026-11-20.md");
      assertThat(strip(output)).contains("master/?[31mfake");
    }
  }

  @Test
  void aReadyEstateSaysYesAndListsNoBlockers() {
    Assessment ready = Estates.productionReady();

    String output =
        TerminalReport.render(
            ready, ChangeCalculator.compare(ready, Optional.empty()), List.of(), false);

    assertThat(output).contains("production ready: YES").doesNotContain("Blockers:");
  }

  /** The output without our own colour codes (SGR sequences only, as TerminalStyle writes). */
  private static String strip(String text) {
    return text.replaceAll(ESC + "\\[[0-9;]*m", "");
  }
}
