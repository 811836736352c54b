package dev.opsgrade.collect.git;

import static dev.opsgrade.collect.git.GitTestRepos.commitAll;
import static dev.opsgrade.collect.git.GitTestRepos.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.git.GitIgnoreCoverage.Probe;
import dev.opsgrade.collect.git.GitIgnoreCoverage.Scope;
import dev.opsgrade.collect.git.GitIgnoreCoverage.SensitiveFile;
import dev.opsgrade.model.Evidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreCoverageTest {
  @TempDir Path root;

  @Test
  void nestedGitignoreNegationInfoExcludeAndTrackedEnv() throws Exception {
    try (Git git = GitTestRepos.init(root.resolve("repo"))) {
      write(git, ".env", "A=1\n");
      commitAll(git, "oops, .env committed", 0);
      write(git, ".gitignore", ".env\n*.env\n*.key\nsecrets/\nid_rsa*\n");
      write(git, "stacks/lady/.gitignore", "!keep.env\n!*.key\n");
      write(git, "stacks/lady/keep.env", "B=2\n");
      write(git, "stacks/lady/other.env", "C=3\n");
      write(git, "secrets/db_password.txt", "x\n");
      write(git, "cert.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
      write(git, ".git/info/exclude", "acme.json\n");
      commitAll(git, "ignore rules", 1);
      write(git, "acme.json", "{}\n");
    }

    GitIgnoreCoverage coverage =
        new Evidence(GitTestRepos.collect(root, List.of("repo")))
            .all(GitIgnoreCoverage.class)
            .get(0)
            .data();

    Map<String, Boolean> probes =
        coverage.probes().stream()
            .collect(Collectors.toMap(Probe::path, p -> p.verdict().ignored()));
    assertThat(probes)
        .containsEntry(".env", true)
        .containsEntry("x.env", true)
        .containsEntry("server.key", true)
        .containsEntry("secrets/x", true)
        .containsEntry("cert.pem", false)
        .containsEntry("cert.p12", false)
        .containsEntry("id_rsa", true)
        .containsEntry("acme.json", true)
        .containsEntry("stacks/lady/x.env", true)
        .containsEntry("stacks/lady/server.key", false);
    assertThat(coverage.probes())
        .filteredOn(p -> p.path().equals("acme.json"))
        .singleElement()
        .satisfies(
            p -> assertThat(p.verdict().decidedBy().orElseThrow().scope()).isEqualTo(Scope.LOCAL));
    assertThat(coverage.ignores("stacks/lady/keep.env").ignored()).isFalse();
    assertThat(coverage.ignores("stacks/lady/keep.env").decidedBy().orElseThrow().display())
        .isEqualTo("stacks/lady/.gitignore:1: !keep.env");

    assertThat(coverage.sensitiveFiles())
        .extracting(SensitiveFile::path, SensitiveFile::tracked, SensitiveFile::ignored)
        .contains(
            org.assertj.core.groups.Tuple.tuple(".env", true, true),
            org.assertj.core.groups.Tuple.tuple("cert.pem", true, false),
            org.assertj.core.groups.Tuple.tuple("stacks/lady/keep.env", true, false),
            org.assertj.core.groups.Tuple.tuple("stacks/lady/other.env", false, true),
            org.assertj.core.groups.Tuple.tuple("acme.json", false, true));
  }

  @Test
  void theRecordedRulesJudgeEveryFileAsJGitsWorkingTreeDoes() throws Exception {
    try (Git git = GitTestRepos.init(root.resolve("repo"))) {
      write(git, ".gitignore", "*.env\n!public.env\n/build/\n**/cache/*.tmp\ndocs/**/*.key\n");
      write(git, "a/.gitignore", "!*.env\nlocal.*\n");
      write(git, "a/b/.gitignore", "*.env\n!keep.*\n");
      String[] files = {
        "x.env",
        "public.env",
        "a/x.env",
        "a/local.txt",
        "a/b/y.env",
        "a/b/keep.env",
        "a/b/keep.txt",
        "c/cache/z.tmp",
        "c/z.tmp",
        "docs/p/q/k.key",
        "k.key",
        "build.txt",
        "a/build/x.txt",
        "a/public.env"
      };
      for (String file : files) {
        write(git, file, "x\n");
      }
      commitAll(git, "rules only", 0);
    }
    GitIgnoreCoverage coverage =
        new Evidence(GitTestRepos.collect(root, List.of("repo")))
            .all(GitIgnoreCoverage.class)
            .get(0)
            .data();

    try (Git git = Git.open(root.resolve("repo").toFile());
        TreeWalk walk = new TreeWalk(git.getRepository())) {
      walk.addTree(new FileTreeIterator(git.getRepository()));
      walk.setRecursive(true);
      int compared = 0;
      while (walk.next()) {
        boolean jgit = walk.getTree(0, FileTreeIterator.class).isEntryIgnored();
        assertThat(coverage.ignores(walk.getPathString()).ignored())
            .as(walk.getPathString())
            .isEqualTo(jgit);
        compared++;
      }
      assertThat(compared).isGreaterThan(15);
    }
    assertThat(Files.exists(root.resolve("repo/a/b/keep.env"))).isTrue();
  }
}
