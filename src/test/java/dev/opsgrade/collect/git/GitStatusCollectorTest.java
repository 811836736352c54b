package dev.opsgrade.collect.git;

import static dev.opsgrade.collect.git.GitTestRepos.commitAll;
import static dev.opsgrade.collect.git.GitTestRepos.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitStatusCollectorTest {
  @TempDir Path root;

  @Test
  void cloneWithUnpushedCommitsAndDirtyFiles() throws Exception {
    try (Git git = GitTestRepos.bareRemoteAndClone(root)) {
      write(git, ".gitignore", "*.log\n");
      write(git, "compose.yml", "services: {}\n");
      write(git, "notes.md", "one\n");
      commitAll(git, "first", 0);
      GitTestRepos.pushTracking(git);
      write(git, "a.txt", "a\n");
      commitAll(git, "second", 1);
      write(git, "b.txt", "b\n");
      commitAll(git, "third", 2);
      write(git, "compose.yml", "services: {web: {}}\n");
      write(git, "staged.txt", "s\n");
      git.add().addFilepattern("staged.txt").call();
      write(git, "untracked.txt", "u\n");
      write(git, "debug.log", "ignored\n");
      Files.delete(root.resolve("work/notes.md"));
    }

    GitRepoState state = only(GitTestRepos.collect(root, List.of("work")));

    assertThat(state.repo()).isEqualTo("work");
    assertThat(state.branch()).contains("main");
    assertThat(state.upstream()).contains("origin/main");
    assertThat(state.upstreamFound()).isTrue();
    assertThat(state.ahead()).contains(2);
    assertThat(state.behind()).contains(0);
    assertThat(state.lastCommitDate()).contains(GitTestRepos.EPOCH.plusSeconds(120));
    assertThat(state.root()).isEqualTo("work");
    assertThat(state.scope()).isEqualTo(".");
    assertThat(state.changes().modifiedPaths())
        .containsExactly("work/compose.yml", "work/notes.md");
    assertThat(state.changes().stagedPaths()).containsExactly("work/staged.txt");
    assertThat(state.changes().untrackedPaths()).containsExactly("work/untracked.txt");
  }

  @Test
  void repositoryWithoutRemoteHasNoUpstream() throws Exception {
    try (Git git = GitTestRepos.init(root.resolve("solo"))) {
      write(git, "README", "x\n");
      commitAll(git, "only", 0);
    }

    GitRepoState state = only(GitTestRepos.collect(root, List.of("solo")));

    assertThat(state.upstream()).isEmpty();
    assertThat(state.ahead()).isEmpty();
    assertThat(state.changes().total()).isZero();
  }

  @Test
  void aPathThatIsNoRepositoryIsAFailedRunNamingThePath() throws Exception {
    Files.createDirectories(root.resolve("plain"));

    EvidenceBundle bundle = GitTestRepos.collect(root, List.of("plain", "missing"));

    assertThat(bundle.facts()).isEmpty();
    Evidence evidence = new Evidence(bundle);
    CollectorRun plain = evidence.run("git", "plain").orElseThrow();
    assertThat(plain.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
    assertThat(plain.detail()).contains("plain: not a git repository, nor a folder inside one");
    CollectorRun missing = evidence.run("git", "missing").orElseThrow();
    assertThat(missing.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
    assertThat(missing.detail()).contains("missing: no such directory");
  }

  private static GitRepoState only(EvidenceBundle bundle) {
    List<GitRepoState> states =
        new Evidence(bundle).all(GitRepoState.class).stream().map(v -> v.data()).toList();
    assertThat(states).hasSize(1);
    return states.get(0);
  }
}
