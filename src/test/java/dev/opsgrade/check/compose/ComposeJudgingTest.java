package dev.opsgrade.check.compose;

import static dev.opsgrade.check.compose.TestService.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.change.ComposeValidCheck;
import dev.opsgrade.check.reliability.HealthcheckCheck;
import dev.opsgrade.check.reliability.MemoryLimitCheck;
import dev.opsgrade.check.reliability.RestartPolicyCheck;
import dev.opsgrade.check.security.AuthBypassCheck;
import dev.opsgrade.check.security.DockerSocketCheck;
import dev.opsgrade.check.security.EnvSecretsCheck;
import dev.opsgrade.check.security.PrivilegedCheck;
import dev.opsgrade.check.security.PublicBindingCheck;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every compose check does when evidence is missing, broken or out of profile. */
class ComposeJudgingTest {

  static Stream<Check> perServiceChecks() {
    return Stream.of(
        new PublicBindingCheck(),
        new AuthBypassCheck(),
        new EnvSecretsCheck(),
        new DockerSocketCheck(),
        new PrivilegedCheck(),
        new HealthcheckCheck(),
        new RestartPolicyCheck(),
        new MemoryLimitCheck());
  }

  static Stream<Check> allChecks() {
    return Stream.concat(perServiceChecks(), Stream.of(new ComposeValidCheck()));
  }

  @ParameterizedTest
  @MethodSource("allChecks")
  void noComposeFilesInTheInventoryIsUnverifiedAndSaysSo(Check check) {
    List<Finding> findings =
        new ComposeFacts()
            .noComposeInInventory()
            .run(Outcome.NOT_CONFIGURED, "compose", "no host lists compose files")
            .evaluate(check);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.subject()).isEqualTo("homelab");
              assertThat(f.message()).contains("no compose files in the inventory");
            });
  }

  @ParameterizedTest
  @MethodSource("allChecks")
  void aFailedCollectorIsUnverifiedQuotingItsDetail(Check check) {
    List<Finding> findings =
        new ComposeFacts()
            .run(Outcome.TIMED_OUT, "master", "reading stacks/master/docker-compose.yml took > 30s")
            .evaluate(check);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message())
                  .contains("compose collector failed")
                  .contains("TIMED_OUT reading stacks/master/docker-compose.yml took > 30s");
            });
  }

  @ParameterizedTest
  @MethodSource("allChecks")
  void aCollectorThatNeverRanIsUnverified(Check check) {
    assertThat(new ComposeFacts().evaluate(check))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message()).contains("did not run");
            });
  }

  @ParameterizedTest
  @MethodSource("perServiceChecks")
  void anUnreadableFileMakesItsHostUnverifiedWhileOtherHostsAreJudged(Check check) {
    List<Finding> findings =
        new ComposeFacts()
            .service(service("redis"))
            .file(
                ComposeFacts.unreadable(
                    "lady", "stacks/lady/compose/apps.yml", "bad indent", 14, 9))
            .evaluate(check);

    assertThat(findings)
        .filteredOn(f -> f.subject().equals("lady"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message())
                  .contains("stacks/lady/compose/apps.yml")
                  .contains("bad indent");
              assertThat(f.location().orElseThrow().display())
                  .isEqualTo("stacks/lady/compose/apps.yml:14:9");
            });
    assertThat(findings).filteredOn(f -> f.subject().equals("master/redis")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("perServiceChecks")
  void servicesOfInactiveProfilesAreNotJudged(Check check) {
    List<Finding> findings =
        new ComposeFacts()
            .service(service("debug").privileged().inProfile("debug"))
            .service(service("tools").host("lady").inProfile("tools"))
            .service(service("redis"))
            .evaluate(check);

    assertThat(findings).extracting(Finding::subject).containsExactly("master/redis", "lady");
    assertThat(findings.get(1).status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @ParameterizedTest
  @MethodSource("allChecks")
  void anUnreadableFileIsReportedOnceNotAgainAsAFailedCollector(Check check) {
    // The compose collector records the unreadable file's run under "host/file".
    List<Finding> findings =
        new ComposeFacts()
            .service(service("redis"))
            .file(
                ComposeFacts.unreadable(
                    "lady", "stacks/lady/compose/apps.yml", "bad indent", 14, 9))
            .run(Outcome.FAILED, "lady/stacks/lady/compose/apps.yml", "bad indent")
            .evaluate(check);

    assertThat(findings).noneMatch(f -> f.message().contains("compose collector failed"));
    assertThat(findings)
        .filteredOn(f -> f.message().contains("bad indent"))
        .singleElement()
        .satisfies(f -> assertThat(f.location()).isPresent());
  }

  @ParameterizedTest
  @MethodSource("perServiceChecks")
  void aHostWhoseIncludesAreMissingIsUnverifiedNotNotApplicable(Check check) {
    List<Finding> findings =
        new ComposeFacts()
            .service(service("redis"))
            .file(ComposeFacts.missing("hs", "compose/traefik.yml (referenced at c.yml:3:5)"))
            .evaluate(check);

    assertThat(findings)
        .filteredOn(f -> f.subject().equals("hs"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message()).contains("compose/traefik.yml").contains("not checked");
            });
    assertThat(findings).filteredOn(f -> f.subject().equals("master/redis")).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("allChecks")
  void aFolderWithoutTopLevelComposeFilesPointsAtInit(Check check) {
    assertThat(new ComposeFacts().folderWithoutComposeFiles().evaluate(check))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message())
                  .contains("no compose file at the top of the folder")
                  .contains("opsgrade init")
                  .doesNotContain("under compose:");
            });
  }
}
