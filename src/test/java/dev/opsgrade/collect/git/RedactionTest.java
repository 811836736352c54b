package dev.opsgrade.collect.git;

import static dev.opsgrade.collect.git.GitTestRepos.commitAll;
import static dev.opsgrade.collect.git.GitTestRepos.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.report.sarif.SarifWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planted secrets must not appear in any fact, finding, SARIF log or collector detail. */
class RedactionTest {
  @TempDir Path root;

  @Test
  void noPlantedSecretAppearsInAnyOutput() throws Exception {
    Map<String, String> samples = SecretSamples.truePositives();
    try (Git git = GitTestRepos.init(root.resolve("repo"))) {
      int i = 0;
      for (Map.Entry<String, String> sample : samples.entrySet()) {
        write(git, "conf/" + sample.getKey() + (i % 2 == 0 ? ".env" : ".yml"), sample.getValue());
        i++;
      }
      write(git, Allowlist.FILE_NAME, samples.get("github-pat") + "\n");
      commitAll(git, "all of them", 0);
      i = 0;
      for (String rule : samples.keySet()) {
        if (i++ % 3 == 0) {
          Files.delete(root.resolve("repo/conf/" + rule + (i % 2 == 1 ? ".env" : ".yml")));
        }
      }
      commitAll(git, "some removed", 1);
    }

    EvidenceBundle bundle = GitTestRepos.collect(root, List.of("repo"));
    Evidence evidence = new Evidence(bundle);
    List<Finding> findings = CheckRegistry.standard().evaluate(evidence);
    String sarif =
        new String(
            new SarifWriter(Catalogue.standard()).write(findings, "test"), StandardCharsets.UTF_8);
    String everything =
        Json.write(bundle) + Json.write(findings) + sarif + bundle.collectors().toString();

    List<SecretFinding> secrets =
        evidence.all(GitSecretFinding.class).stream()
            .map(f -> new SecretFinding(f.data().rule(), f.data().inWorkingTree()))
            .toList();
    assertThat(secrets).extracting(SecretFinding::rule).containsAll(samples.keySet());
    assertThat(secrets).anySatisfy(s -> assertThat(s.inTree()).isFalse());
    for (String planted : planted(samples)) {
      assertThat(everything).as("a planted secret leaked").doesNotContain(planted);
    }
    assertThat(everything).contains("***");
  }

  private record SecretFinding(String rule, boolean inTree) {}

  /** Each sample's secret as the rule sees it, and every long line of multi-line secrets. */
  private static List<String> planted(Map<String, String> samples) {
    List<String> planted = new ArrayList<>();
    for (SecretRule rule : SecretRules.standard()) {
      Matcher matcher = rule.pattern().matcher(samples.get(rule.id()));
      assertThat(matcher.find()).as(rule.id()).isTrue();
      String secret = matcher.group("secret");
      planted.add(secret.strip());
      for (String line : secret.split("\n")) {
        if (line.strip().length() >= 12) {
          planted.add(line.strip());
        }
      }
    }
    return planted;
  }
}
