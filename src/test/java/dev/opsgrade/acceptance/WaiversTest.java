package dev.opsgrade.acceptance;

import static dev.opsgrade.model.Location.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.Waiver;
import dev.opsgrade.score.EstateBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiversTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-12-04");
  private static final String COMPOSE = "stacks/master/docker-compose.yml";

  private static List<Finding> findings() {
    return new EstateBuilder()
        .fail(
            "sec.docker-socket",
            "master/traefik",
            "socket mounted writable",
            file(COMPOSE, 21),
            "mount it :ro")
        .fail(
            "sec.privileged",
            "master/netdata",
            "runs privileged",
            file(COMPOSE, 41),
            "drop privileged")
        .warn("sec.hsts", "https://cloud.example.net", "max-age=86400", file(COMPOSE, 3))
        .fail(
            "sec.public-binding",
            "master/grafana",
            "3000 on 0.0.0.0",
            file(COMPOSE, 91),
            "bind 127.0.0.1")
        .fail(
            "sec.public-binding",
            "master/loki",
            "3100 on 0.0.0.0",
            file(COMPOSE, 104),
            "bind 127.0.0.1")
        .pass("sec.public-binding", "lady/prometheus", "9090 on 127.0.0.1", file(COMPOSE, 61))
        .assess("waivers", Instant.parse("2026-12-04T06:00:00Z"))
        .findings();
  }

  private static Waiver waiver(String check, String subject, String expires) {
    return new Waiver(check, subject, "needed until phase 3", "j.doe", LocalDate.parse(expires));
  }

  private static Finding of(List<Finding> findings, String check, String subject) {
    return findings.stream()
        .filter(f -> f.check().equals(check) && f.subject().equals(subject))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aWaiverInForceWaivesItsFindingThroughItsExpiryDay() {
    Waiver socket = waiver("sec.docker-socket", "master/traefik", "2026-12-04");

    Waivers.Result result = Waivers.apply(findings(), List.of(socket), TODAY);

    Finding waived = of(result.findings(), "sec.docker-socket", "master/traefik");
    assertThat(waived.status()).isEqualTo(Status.WAIVED);
    assertThat(waived.waiver()).contains(socket);
    assertThat(waived.message()).isEqualTo("socket mounted writable");
    assertThat(of(result.findings(), "sec.privileged", "master/netdata").status())
        .isEqualTo(Status.FAIL);
    assertThat(result.unmatched()).isEmpty();
  }

  @Test
  void anExpiredWaiverLeavesTheFindingFailingAndSaysSo() {
    Waiver socket = waiver("sec.docker-socket", "master/traefik", "2026-12-03");

    Waivers.Result result = Waivers.apply(findings(), List.of(socket), TODAY);

    Finding expired = of(result.findings(), "sec.docker-socket", "master/traefik");
    assertThat(expired.status()).isEqualTo(Status.FAIL);
    assertThat(expired.message())
        .isEqualTo("waiver expired on 2026-12-03: socket mounted writable");
    assertThat(expired.waiver()).contains(socket);
    assertThat(result.unmatched()).isEmpty();
  }

  @Test
  void aWarningCanBeWaivedAndAPassIsLeftAlone() {
    Waiver hsts = waiver("sec.hsts", "https://cloud.example.net", "2027-01-31");
    Waiver prometheus = waiver("sec.public-binding", "lady/prometheus", "2027-01-31");

    Waivers.Result result = Waivers.apply(findings(), List.of(hsts, prometheus), TODAY);

    assertThat(of(result.findings(), "sec.hsts", "https://cloud.example.net").status())
        .isEqualTo(Status.WAIVED);
    assertThat(of(result.findings(), "sec.public-binding", "lady/prometheus").status())
        .isEqualTo(Status.PASS);
    assertThat(result.unmatched())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.waiver()).isEqualTo(prometheus);
              assertThat(u.reason())
                  .isEqualTo("nothing to waive: lady/prometheus passes sec.public-binding now");
            });
  }

  @Test
  void aGlobSubjectWaivesEveryMatchingFindingOnly() {
    Waiver master = waiver("sec.public-binding", "master/*", "2027-01-31");

    Waivers.Result result = Waivers.apply(findings(), List.of(master), TODAY);

    assertThat(result.findings())
        .filteredOn(f -> f.check().equals("sec.public-binding"))
        .extracting(Finding::subject, Finding::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("master/grafana", Status.WAIVED),
            org.assertj.core.groups.Tuple.tuple("master/loki", Status.WAIVED),
            org.assertj.core.groups.Tuple.tuple("lady/prometheus", Status.PASS));
    assertThat(SubjectGlob.matches("master/?oki", "master/loki")).isTrue();
    assertThat(SubjectGlob.matches("master/*", "lady/master/x")).isFalse();
    assertThat(SubjectGlob.matches("a.b", "aXb")).as("a dot is literal").isFalse();
  }

  @Test
  void aWaiverMatchingNothingIsReportedWithWhy() {
    Waiver typo = waiver("sec.docker-socket", "master/traefic", "2027-01-31");
    Waiver gone = waiver("rel.oom", "lady/nextcloud", "2027-01-31");

    Waivers.Result result = Waivers.apply(findings(), List.of(typo, gone), TODAY);

    assertThat(result.unmatched())
        .extracting(Waivers.Unmatched::reason)
        .containsExactly(
            "no finding of sec.docker-socket is about master/traefic",
            "the assessment has no finding of check rel.oom");
    assertThat(result.findings()).isEqualTo(findings());
  }

  @Test
  void applyingTwiceChangesNothingMore() {
    List<Waiver> waivers =
        List.of(
            waiver("sec.docker-socket", "master/traefik", "2026-12-01"),
            waiver("sec.privileged", "master/*", "2027-01-31"));
    Waivers.Result once = Waivers.apply(findings(), waivers, TODAY);

    Waivers.Result twice = Waivers.apply(once.findings(), waivers, TODAY);

    assertThat(twice.findings()).isEqualTo(once.findings());
    assertThat(twice.unmatched()).isEmpty();
  }

  @Test
  void ofTwoMatchingWaiversTheOneThatHoldsLongestApplies() {
    Waiver old = waiver("sec.privileged", "master/netdata", "2026-11-30");
    Waiver renewed = waiver("sec.privileged", "master/*", "2027-02-28");

    Waivers.Result result = Waivers.apply(findings(), List.of(old, renewed), TODAY);

    assertThat(of(result.findings(), "sec.privileged", "master/netdata").waiver())
        .contains(renewed);
    assertThat(result.unmatched()).as("the old one matched too: it is superseded").isEmpty();
  }
}
