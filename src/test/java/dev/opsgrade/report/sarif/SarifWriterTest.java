package dev.opsgrade.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.collect.git.GitTestRepos;
import dev.opsgrade.model.Category;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Severity;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.Waiver;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SarifWriterTest {
  @TempDir Path root;

  @Test
  void findingsOfRealRepositoriesMakeASchemaValidLog() throws Exception {
    try (Git git = GitTestRepos.init(root.resolve("repo dir"))) {
      GitTestRepos.write(git, "app/.env", "TOKEN=np" + "m_" + GitTestRepos.alnum(36, 9) + "\n");
      GitTestRepos.commitAll(git, "leak", 0);
    }
    List<Finding> findings =
        new ArrayList<>(
            CheckRegistry.standard()
                .evaluate(new Evidence(GitTestRepos.collect(root, List.of("repo dir")))));
    findings.add(finding(Status.WARN, Severity.HIGH, Optional.empty()));
    findings.add(finding(Status.PASS, Severity.LOW, Optional.empty()));
    findings.add(finding(Status.UNVERIFIED, Severity.LOW, Optional.empty()));
    findings.add(
        finding(
            Status.WAIVED,
            Severity.CRITICAL,
            Optional.of(
                new Waiver(
                    "sec.gitignore",
                    "x",
                    "test fixture",
                    "ops lead",
                    LocalDate.parse("2026-12-31")))));
    findings.add(
        new Finding(
            "avail.route-status",
            Category.AVAILABILITY,
            Status.FAIL,
            Severity.CRITICAL,
            "https://x",
            "down",
            Optional.of(Location.url("https://x")),
            List.of(),
            Optional.empty(),
            Optional.empty()));

    byte[] sarif = new SarifWriter(Catalogue.standard()).write(findings, "0.1.0");

    assertThat(schemaErrors(sarif)).isEmpty();
    JsonNode log = Json.mapper().readTree(sarif);
    JsonNode run = log.get("runs").get(0);
    JsonNode results = run.get("results");
    long located =
        findings.stream().filter(f -> f.location().flatMap(Location::file).isPresent()).count();
    assertThat(results.size()).isEqualTo((int) located);
    JsonNode secret = find(results, "sec.git-secrets", "fail");
    assertThat(secret.get("level").asString()).isEqualTo("error");
    JsonNode physical = secret.get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asString())
        .isEqualTo("repo%20dir/app/.env");
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(1);
    assertThat(secret.get("partialFingerprints").get("secretSha256/v1").asString())
        .matches("[0-9a-f]{12}");
    JsonNode rules = run.get("tool").get("driver").get("rules");
    JsonNode rule = rules.get(secret.get("ruleIndex").asInt());
    assertThat(rule.get("id").asString()).isEqualTo("sec.git-secrets");
    assertThat(rule.get("fullDescription").get("text").asString())
        .isEqualTo(Catalogue.standard().get("sec.git-secrets").rationale());
    assertThat(rule.get("help").get("text").asString())
        .isEqualTo(Catalogue.standard().get("sec.git-secrets").fix());
    assertThat(find(results, "sec.gitignore", "open").get("level").asString()).isEqualTo("none");
    JsonNode waived = null;
    for (JsonNode result : results) {
      if (result.get("properties").get("status").asString().equals("WAIVED")) {
        waived = result;
      }
    }
    assertThat(waived).isNotNull();
    assertThat(waived.get("kind").asString()).isEqualTo("fail");
    assertThat(waived.get("suppressions").get(0).get("status").asString()).isEqualTo("accepted");
    assertThat(
            waived
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region")
                .get("startColumn")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  void theSchemaRejectsABrokenLog() throws Exception {
    assertThat(
            schemaErrors(
                "{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}"
                    .getBytes(StandardCharsets.UTF_8)))
        .isNotEmpty();
  }

  private static JsonNode find(JsonNode results, String rule, String kind) {
    for (JsonNode result : results) {
      if (result.get("ruleId").asString().equals(rule)
          && result.get("kind").asString().equals(kind)) {
        return result;
      }
    }
    throw new AssertionError("no " + kind + " result for " + rule + " in " + results);
  }

  private static Finding finding(Status status, Severity severity, Optional<Waiver> waiver) {
    return new Finding(
        "sec.gitignore",
        Category.SECURITY,
        status,
        severity,
        "x",
        status + " finding",
        Optional.of(Location.file("stacks/x y/.gitignore", 3, 2)),
        List.of(),
        Optional.of("echo .env >> .gitignore"),
        waiver);
  }

  private static List<Error> schemaErrors(byte[] sarif) throws Exception {
    try (InputStream in = SarifWriterTest.class.getResourceAsStream("/schema/sarif-2.1.0.json")) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
      return schema.validate(
          new String(sarif, StandardCharsets.UTF_8),
          InputFormat.JSON,
          context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }
  }
}
