package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake is reported at its file:line:column with the path of the value. */
class InventoryErrorsTest {
  @TempDir Path dir;

  private Problem only(String yaml) {
    List<Problem> problems =
        Inventories.problems(Inventories.write(dir, "opsgrade.yaml", yaml), Map.of());
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private String file() {
    return dir.resolve("opsgrade.yaml").toString();
  }

  @Test
  void syntaxErrorAtItsPosition() {
    Problem problem = only("name: x\nhosts:\n  - name: a\n   docker: unix:///x\n");
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.message()).startsWith("invalid YAML:");
  }

  @Test
  void unknownKeySuggestsTheNearestOne() {
    Problem problem = only("name: x\nhots:\n  - name: a\n");
    assertThat(problem.display())
        .isEqualTo(file() + ":2:1: hots: unknown key 'hots' (did you mean 'hosts'?)");
  }

  @Test
  void unknownNestedKey() {
    Problem problem = only("name: x\nhosts:\n  - name: a\n    dockr: unix:///x\n");
    assertThat(problem.display())
        .isEqualTo(file() + ":4:5: hosts[0].dockr: unknown key 'dockr' (did you mean 'docker'?)");
  }

  @Test
  void wrongType() {
    Problem problem = only("name: x\nprobe:\n  samples: three\n");
    assertThat(problem.display())
        .isEqualTo(file() + ":3:12: probe.samples: expected a whole number, found 'three'");
  }

  @Test
  void textThatLooksLikeANumberMustBeQuoted() {
    Problem problem = only("name: x\nphases:\n  - id: 2\n");
    assertThat(problem.display())
        .isEqualTo(file() + ":3:9: phases[0].id: expected text, found a number: quote it (\"2\")");
  }

  @Test
  void badDuration() {
    Problem problem = only("name: x\nbackup:\n  max_age: 26 hours\n");
    assertThat(problem.display())
        .startsWith(file() + ":3:12: backup.max_age: '26 hours' is not a duration");
  }

  @Test
  void badPercentage() {
    Problem problem = only("name: x\nslo: { target: 101% }\n");
    assertThat(problem.display())
        .startsWith(file() + ":2:16: slo.target: '101%' is not a percentage");
  }

  @Test
  void portOutOfRange() {
    Problem problem = only("name: x\nsecurity:\n  public_ports_allowed: [80, 70000]\n");
    assertThat(problem.display())
        .isEqualTo(
            file() + ":3:30: security.public_ports_allowed[1]: '70000' is not a port (1-65535)");
  }

  @Test
  void dockerUrlScheme() {
    Problem problem = only("name: x\nhosts:\n  - name: a\n    docker: http://a:2375\n");
    assertThat(problem.display())
        .startsWith(file() + ":4:13: hosts[0].docker: 'http://a:2375' is not a Docker endpoint");
  }

  @Test
  void missingInventoryName() {
    Problem problem = only("hosts: []\n");
    assertThat(problem.display()).isEqualTo(file() + ":1:1: name: missing: this key is required");
  }

  @Test
  void missingHostNameAndEndpointUrl() {
    List<Problem> problems =
        Inventories.problems(
            Inventories.write(
                dir,
                "opsgrade.yaml",
                "name: x\nhosts:\n  - name: a\n  - docker: unix:///x\nendpoints:\n  - name: e\n"),
            Map.of());
    assertThat(problems)
        .extracting(Problem::display)
        .containsExactly(
            file() + ":4:5: hosts[1].name: missing: this key is required",
            file() + ":6:5: endpoints[0].url: missing: this key is required");
  }

  @Test
  void duplicateHostName() {
    Problem problem = only("name: x\nhosts:\n  - name: a\n  - name: a\n");
    assertThat(problem.display())
        .isEqualTo(file() + ":4:11: hosts[1].name: duplicate host name 'a' (first at line 3)");
  }

  @Test
  void duplicateKey() {
    Problem problem = only("name: x\nname: y\n");
    assertThat(problem.display())
        .isEqualTo(file() + ":2:1: name: duplicate key 'name' (first at line 1)");
  }

  @Test
  void requiredVariableUnsetPointsAtTheDollar() {
    Problem problem =
        only(
            "name: x\nmonitoring:\n  prometheus: { url: http://${PROM_HOST:?set the Prometheus host}:9090 }\n");
    assertThat(problem.display())
        .isEqualTo(
            file()
                + ":3:29: monitoring.prometheus.url: variable PROM_HOST is unset or empty: set the"
                + " Prometheus host");
  }

  @Test
  void literalSecretIsRefusedWithoutBeingQuoted() {
    Problem problem =
        only("name: x\nhistory:\n  url: jdbc:postgresql://db/ops\n  password: hunter2\n");
    assertThat(problem.display())
        .isEqualTo(
            file()
                + ":4:13: history.password: secrets only by reference: write ${VAR} or use a"
                + " *_file key (password_file)");
    assertThat(problem.display()).doesNotContain("hunter2");
  }

  @Test
  void secretWithADefaultIsRefused() {
    Problem problem = only("name: x\nserve:\n  metrics_token: ${TOKEN:-letmein}\n");
    assertThat(problem.message()).startsWith("a secret reference is exactly ${VAR}");
    assertThat(problem.display()).doesNotContain("letmein");
  }

  @Test
  void secretAndItsFileTogether() {
    Problem problem =
        only(
            "name: x\nbackup:\n  restic:\n    - { name: r, repo: /r, password: ${P}, password_file: p }\n");
    assertThat(problem.display())
        .isEqualTo(
            file()
                + ":4:59: backup.restic[0].password_file: give either password or password_file,"
                + " not both");
  }

  @Test
  void publicBadgeFlagIsABoolean() {
    Problem problem =
        only("name: x\nendpoints:\n  - { name: e, url: 'https://example.net', public: maybe }\n");
    assertThat(problem.display()).startsWith(file() + ":3:").contains("endpoints[0].public");
  }

  @Test
  void passwordInAUrl() {
    Problem problem =
        only("name: x\nendpoints:\n  - { name: e, url: 'https://u:pw@example.net' }\n");
    assertThat(problem.message())
        .isEqualTo(
            "a password in a URL is a secret written out: give it by reference in the auth or"
                + " token keys");
  }

  @Test
  void deliveryTakesExactlyOneChannel() {
    Problem problem =
        only(
            "name: x\nmonitoring:\n  alertmanager:\n    url: http://am:9093\n    delivery:\n"
                + "      webhook_listen: :9797\n      ntfy: { url: https://n, topic: t }\n");
    assertThat(problem.display())
        .isEqualTo(
            file()
                + ":6:7: monitoring.alertmanager.delivery: choose exactly one of webhook_listen,"
                + " ntfy, gotify (found webhook_listen and ntfy)");
  }

  @Test
  void drillNamesAKnownResticRepository() {
    Problem problem =
        only(
            "name: x\nbackup: { restic: [{ name: a, repo: /a }] }\ndr: { drill: { restic: b } }\n");
    assertThat(problem.display())
        .isEqualTo(file() + ":3:24: dr.drill.restic: no repository named 'b' under backup.restic");
  }

  @Test
  void drillNamesAKnownBorgRepository() {
    Problem problem =
        only("name: x\nbackup: { borg: [{ name: a, repo: /a }] }\ndr: { drill: { borg: b } }\n");
    assertThat(problem.display())
        .isEqualTo(file() + ":3:22: dr.drill.borg: no repository named 'b' under backup.borg");
  }

  @Test
  void resticReadDataIsAllAPercentageOrAPart() {
    Problem problem =
        only("name: x\nbackup: { restic: [{ name: a, repo: /a, read_data: half }] }\n");
    assertThat(problem.display())
        .contains("backup.restic[0].read_data: expected all, a percentage (5%) or a part n/t");
  }

  @Test
  void claimPatternNeedsAGroup() {
    Problem problem =
        only("name: x\ndocs:\n  claims: [{ pattern: '\\d+ volumes', fact: docker.volumes }]\n");
    assertThat(problem.message()).startsWith("the pattern needs a group");
  }

  @Test
  void nullValueIsAProblem() {
    Problem problem = only("name: x\nmonitoring:\n");
    assertThat(problem.display())
        .isEqualTo(
            file()
                + ":2:12: monitoring: expected a mapping (key: value), found no value (give one, or"
                + " remove the key)");
  }

  @Test
  void listExpected() {
    Problem problem = only("name: x\nrepos: .\n");
    assertThat(problem.display()).isEqualTo(file() + ":2:8: repos: expected a list, found text");
  }

  @Test
  void emptyFile() {
    Problem problem = only("# nothing yet\n");
    assertThat(problem.message()).isEqualTo("the document is empty");
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> InventoryLoader.load(missing, Map.of()))
        .isInstanceOf(InventoryException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void reportsEveryProblemAtOnceInFileOrder() {
    String yaml =
        """
        hosts:
          - name: a
            docker: ftp://a
          - name: a
        probe: { samples: 0, timeout: 5 }
        slo: { target: 99.9%, windo: 30d }
        """;
    Path file = Inventories.write(dir, "opsgrade.yaml", yaml);
    List<Problem> problems = Inventories.problems(file, Map.of());
    assertThat(problems)
        .extracting(Problem::line, Problem::column, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 1, "name"),
            org.assertj.core.groups.Tuple.tuple(3, 13, "hosts[0].docker"),
            org.assertj.core.groups.Tuple.tuple(4, 11, "hosts[1].name"),
            org.assertj.core.groups.Tuple.tuple(5, 19, "probe.samples"),
            org.assertj.core.groups.Tuple.tuple(5, 31, "probe.timeout"),
            org.assertj.core.groups.Tuple.tuple(6, 23, "slo.windo"));
    assertThatThrownBy(() -> InventoryLoader.load(file, Map.of()))
        .hasMessage(String.join("\n", problems.stream().map(Problem::display).toList()));
  }

  @Test
  void aServeMessageWithAnUnknownPlaceholderIsRefusedAtItsPosition() {
    Problem problem = only("name: x\nserve:\n  message: \"{route} down: {servce}\"\n");
    assertThat(problem.display())
        .startsWith(file() + ":3:12: serve.message: unknown placeholder {servce}: use {route}");
  }

  @Test
  void maintenanceNeedsTimesWithOffsetsAndAnEndAfterItsStart() {
    Problem offset =
        only(
            "name: x\nserve:\n  maintenance:\n"
                + "    - { start: \"2026-12-24 22:00\", end: \"2026-12-25T02:00:00Z\" }\n");
    assertThat(offset.display())
        .contains("serve.maintenance[0].start")
        .contains("write 2026-12-24T22:00:00Z");
    Problem order =
        only(
            "name: x\nserve:\n  maintenance:\n"
                + "    - { start: \"2026-12-25T02:00:00Z\", end: \"2026-12-24T22:00:00Z\" }\n");
    assertThat(order.display())
        .contains("serve.maintenance[0]")
        .contains("end must be after start");
  }
}
