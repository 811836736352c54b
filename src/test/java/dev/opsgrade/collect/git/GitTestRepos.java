package dev.opsgrade.collect.git;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.URIish;

/** Real repositories made with JGit for the git tests, and a real collection run over them. */
public final class GitTestRepos {
  public static final Instant EPOCH = Instant.parse("2024-03-01T10:00:00Z");

  private GitTestRepos() {}

  public static Git init(Path dir) throws GitAPIException {
    return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
  }

  /**
   * A bare repository "remote.git" and a working repository "work" on branch main whose origin is
   * that remote; {@link #pushTracking} pushes main and makes origin/main its upstream.
   */
  public static Git bareRemoteAndClone(Path root) throws Exception {
    Path remote = root.resolve("remote.git");
    Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
    Git work = init(root.resolve("work"));
    work.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toURL())).call();
    return work;
  }

  public static void pushTracking(Git git) throws Exception {
    git.push().setRemote("origin").add("main").call();
    StoredConfig config = git.getRepository().getConfig();
    config.setString("branch", "main", "remote", "origin");
    config.setString("branch", "main", "merge", "refs/heads/main");
    config.save();
  }

  public static void write(Git git, String path, String content) throws IOException {
    Path file = git.getRepository().getWorkTree().toPath().resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.ISO_8859_1);
  }

  public static void writeBytes(Git git, String path, byte[] content) throws IOException {
    Path file = git.getRepository().getWorkTree().toPath().resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  /** Commits everything in the working tree at EPOCH plus {@code minutes}. */
  public static RevCommit commitAll(Git git, String message, int minutes) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who =
        new PersonIdent("Test", "test@localhost", EPOCH.plusSeconds(60L * minutes), ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  /** Random letters and digits, deterministic per seed: fake but real-looking token bodies. */
  public static String alnum(int length, long seed) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  public static String hex(int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
    return text.toString();
  }

  public static Inventory inventory(Path baseDir, List<String> repos) {
    return new Inventory(
        "test",
        baseDir.toString(),
        baseDir.resolve("opsgrade.yaml").toString(),
        List.of(),
        Optional.empty(),
        List.of(),
        new ProbeSpec(3, Duration.ofSeconds(5)),
        new SecuritySpec(List.of(80, 443)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        repos,
        Optional.empty(),
        List.of(),
        "default",
        Optional.empty(),
        Optional.empty(),
        new SloSpec(99.9, Duration.ofDays(30)),
        List.of());
  }

  /** Runs the git collector over the repositories, as the CLI would. */
  public static EvidenceBundle collect(Path baseDir, List<String> repos) {
    return collect(baseDir, repos, new GitCollector());
  }

  public static EvidenceBundle collect(Path baseDir, List<String> repos, GitCollector collector) {
    return collect(baseDir, repos, collector, Duration.ofMinutes(5));
  }

  /** A run whose collectors get {@code budget} (the runner's deadline) for their whole run. */
  public static EvidenceBundle collect(
      Path baseDir, List<String> repos, GitCollector collector, Duration budget) {
    Inventory inventory = inventory(baseDir, repos);
    CollectContext context =
        new CollectContext(
            baseDir,
            Clock.fixed(EPOCH.plus(Duration.ofDays(30)), ZoneOffset.UTC),
            Duration.ofMinutes(5),
            Map.of(),
            CollectContext.Options.readOnly());
    return new CollectionRunner(List.of(collector), e -> {}, budget)
        .collect(inventory, context, "test");
  }
}
