import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.git.GitCollector;
import dev.opsgrade.collect.git.GitSecretScan;
import dev.opsgrade.collect.git.SecretRule;
import dev.opsgrade.collect.git.SecretRules;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Generates a repository of 2,000 commits and 10,000 blobs (about 200 MB of config-like text, a few
 * planted fake secrets), runs the git collector over it, and writes the secret scan's throughput.
 * With "--export DIR" it also writes every blob to DIR and the rules' regexes to DIR.patterns, for
 * ripgrep to scan the same bytes with the same patterns.
 *
 * <p>Run: bench/git-secret-scan.sh (builds the classpath with Maven).
 */
public final class GitSecretScanBench {
  static final int COMMITS = 2_000;
  static final int FILES = 500;
  static final int CHANGES_PER_COMMIT = 5;
  /** Pack the objects as git gc would: real repositories are mostly packed. */
  static final boolean PACKED = !Boolean.getBoolean("bench.loose");

  public static void main(String[] args) throws Exception {
    Path base = Files.createTempDirectory("opsgrade-bench");
    Path repoDir = base.resolve("repo");
    Path export = args.length > 1 && args[0].equals("--export") ? Path.of(args[1]) : null;
    long generated = generate(repoDir, export);
    long start = System.nanoTime();
    EvidenceBundle bundle = collect(base);
    double seconds = (System.nanoTime() - start) / 1e9;
    GitSecretScan scan = new Evidence(bundle).all(GitSecretScan.class).get(0).data();
    double mb = scan.bytesScanned() / 1e6;
    System.out.printf(
        "generated %.1f MB in %d blobs; scanned %d commits, %d history blobs + %d working tree"
            + " files, %.1f MB in %.2f s = %.1f MB/s; %d reached a regex; %d findings%n",
        generated / 1e6, COMMITS * CHANGES_PER_COMMIT + FILES, scan.commits(), scan.blobsRead(),
        scan.workingTreeFiles(), mb, seconds, mb / seconds, scan.reachedRegex(), scan.findings());
  }

  static EvidenceBundle collect(Path base) {
    Inventory inventory =
        new Inventory("bench", base.toString(), base.resolve("opsgrade.yaml").toString(),
            List.of(), Optional.empty(), List.of(), new ProbeSpec(3, Duration.ofSeconds(5)),
            new SecuritySpec(List.of()), Optional.empty(), Optional.empty(), Optional.empty(),
            List.of("repo"), Optional.empty(), List.of(), "default", Optional.empty(),
            Optional.empty(), new SloSpec(99.9, Duration.ofDays(30)), List.of());
    CollectContext context = new CollectContext(base, Clock.systemUTC(), Duration.ofMinutes(30),
        Map.of(), CollectContext.Options.readOnly());
    return new CollectionRunner(List.of(new GitCollector()), e -> {}, Duration.ofMinutes(30))
        .collect(inventory, context, "bench");
  }

  static long generate(Path dir, Path export) throws Exception {
    SplittableRandom random = new SplittableRandom(42);
    if (export != null) {
      Files.createDirectories(export);
      List<String> patterns = new ArrayList<>();
      for (SecretRule rule : SecretRules.standard()) {
        patterns.add(rule.pattern().pattern().replace("(?<secret>", "("));
      }
      Files.write(Path.of(export + ".patterns"), patterns);
    }
    long bytes = 0;
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Repository repository = git.getRepository();
      Map<String, ObjectId> tree = new TreeMap<>();
      ObjectId parent = null;
      try (ObjectInserter inserter = repository.newObjectInserter()) {
        for (int i = 0; i < FILES; i++) {
          byte[] content = content(random, i);
          bytes += content.length;
          tree.put(path(i), insert(inserter, content, export));
        }
        for (int c = 0; c < COMMITS; c++) {
          for (int k = 0; k < CHANGES_PER_COMMIT; k++) {
            byte[] content = content(random, c * CHANGES_PER_COMMIT + k + FILES);
            bytes += content.length;
            tree.put(path(random.nextInt(FILES)), insert(inserter, content, export));
          }
          parent = commit(inserter, tree, parent, c);
        }
        inserter.flush();
      }
      RefUpdate update = repository.updateRef(Constants.R_HEADS + "main");
      update.setNewObjectId(parent);
      update.forceUpdate();
      git.reset().setMode(ResetCommand.ResetType.HARD).call();
      if (PACKED) {
        git.gc().setAggressive(false).call();
      }
    }
    return bytes;
  }

  private static ObjectId insert(ObjectInserter inserter, byte[] content, Path export)
      throws Exception {
    ObjectId id = inserter.insert(Constants.OBJ_BLOB, content);
    if (export != null) {
      Files.write(export.resolve(id.name()), content);
    }
    return id;
  }

  private static ObjectId commit(
      ObjectInserter inserter, Map<String, ObjectId> files, ObjectId parent, int n)
      throws Exception {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    for (Map.Entry<String, ObjectId> file : files.entrySet()) {
      DirCacheEntry entry = new DirCacheEntry(file.getKey());
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(file.getValue());
      builder.add(entry);
    }
    builder.finish();
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(index.writeTree(inserter));
    if (parent != null) {
      commit.setParentId(parent);
    }
    PersonIdent who = new PersonIdent("Bench", "bench@localhost",
        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * n), ZoneOffset.UTC);
    commit.setAuthor(who);
    commit.setCommitter(who);
    commit.setMessage("change " + n + "\n");
    return inserter.insert(commit);
  }

  private static String path(int i) {
    return "stacks/s" + (i % 20) + "/file-" + i + (i % 4 == 0 ? ".yml" : ".conf");
  }

  private static final String[] WORDS = {"service", "image", "ports", "volumes", "environment",
      "restart", "unless-stopped", "healthcheck", "labels", "traefik", "networks", "proxy",
      "memory", "limit", "depends_on", "command", "entrypoint", "user", "1000", "true", "nginx",
      "postgres", "grafana", "loki", "prometheus", "alertmanager", "backup", "restic", "cron"};

  /** About 20 KB of config-like lines; one blob in 100 has a password line, one in 2000 a token. */
  static byte[] content(SplittableRandom random, int n) {
    StringBuilder text = new StringBuilder();
    int target = 10_000 + random.nextInt(20_000);
    while (text.length() < target) {
      text.append("  ".repeat(random.nextInt(4)));
      for (int w = 0; w < 4; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(w == 0 ? ": " : " ");
      }
      text.append(random.nextInt(100_000)).append('\n');
    }
    if (n % 100 == 0) {
      text.append("  DB_PASSWORD: ${DB_PASSWORD}\n");
    }
    if (n % 2000 == 7) {
      text.append("  GITHUB_TOKEN: gh").append("p_").append(token(random)).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String token(SplittableRandom random) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 36; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }
}
