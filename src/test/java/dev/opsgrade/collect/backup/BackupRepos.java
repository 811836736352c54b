package dev.opsgrade.collect.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Real restic and borg repositories for the tests, made with the real binaries in temp dirs. */
public final class BackupRepos {
  /** The password every test repository has: no output may ever contain it. */
  public static final String SECRET = "planted-secret-Xq7Zp4-do-not-print";

  public static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  private BackupRepos() {}

  /** The environment the tools run with: UTC, borg's state kept under {@code root}. */
  public static Map<String, String> environment(Path root) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("TZ", "UTC");
    env.put("BORG_BASE_DIR", root.resolve("borg-home").toString());
    env.put("BORG_RELOCATED_REPO_ACCESS_IS_OK", "yes");
    return env;
  }

  /** A data folder of {@code count} generated files in two levels. */
  public static Path data(Path root, String name, int count) throws IOException {
    Path data = root.resolve(name);
    for (int i = 0; i < count; i++) {
      Path file = data.resolve("dir" + (i % 3)).resolve("file" + i + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, ("content of file " + i + "\n").repeat(i + 1));
    }
    return data;
  }

  public static Path passwordFile(Path root) throws IOException {
    Path file = root.resolve("restic-pass");
    Files.writeString(file, SECRET + "\n");
    return file;
  }

  public static void resticInit(Path root, Path repo) throws Exception {
    run(root, resticEnv(root, repo), "restic", "init");
  }

  public static void resticBackup(
      Path root, Path repo, Path data, Instant at, String host, String... tags) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of("restic", "backup", "--host", host, "--time", local(at), data.toString()));
    for (String tag : tags) {
      command.add("--tag");
      command.add(tag);
    }
    run(root, resticEnv(root, repo), command.toArray(String[]::new));
  }

  public static void borgInit(Path root, Path repo) throws Exception {
    run(root, borgEnv(root, repo), "borg", "init", "--encryption", "repokey", repo.toString());
  }

  public static void borgCreate(Path root, Path repo, Path data, String name, Instant at)
      throws Exception {
    run(
        root,
        borgEnv(root, repo),
        "borg",
        "create",
        "--timestamp",
        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
            at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)),
        repo + "::" + name,
        data.toString());
  }

  /** Flips bytes in every pack (segment) file under {@code dataDir}: damage a check must see. */
  public static void corrupt(Path dataDir) throws IOException {
    try (var walk = Files.walk(dataDir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 40) {
          for (int i = 20; i < 28; i++) {
            bytes[i] ^= (byte) 0xff;
          }
          file.toFile().setWritable(true);
          Files.write(file, bytes);
        }
      }
    }
  }

  /**
   * Damages the oldest borg segment holding data, leaving the newest (the manifest) readable: the
   * archives still list, the check must find the damage.
   */
  public static void corruptOldestSegment(Path dataDir) throws IOException {
    try (var walk = Files.walk(dataDir)) {
      Path oldest =
          walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().matches("\\d+"))
              .filter(f -> f.toFile().length() > 100)
              .min(
                  java.util.Comparator.comparingLong(
                      f -> Long.parseLong(f.getFileName().toString())))
              .orElseThrow();
      byte[] bytes = Files.readAllBytes(oldest);
      for (int i = 40; i < 48; i++) {
        bytes[i] ^= (byte) 0xff;
      }
      oldest.toFile().setWritable(true);
      Files.write(oldest, bytes);
    }
  }

  public static Inventory inventory(Path root, String yaml) throws IOException {
    Path file = root.resolve("opsgrade.yaml");
    Files.writeString(file, yaml);
    return InventoryLoader.load(file, environment(root));
  }

  public static EvidenceBundle collect(Path root, Inventory inventory, Collector collector) {
    return collect(root, inventory, collector, Duration.ofMinutes(3));
  }

  public static EvidenceBundle collect(
      Path root, Inventory inventory, Collector collector, Duration budget) {
    CollectContext context =
        new CollectContext(
            root,
            Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(30),
            environment(root),
            CollectContext.Options.readOnly());
    return new CollectionRunner(List.of(collector), e -> {}, budget)
        .collect(inventory, context, "test");
  }

  static Map<String, String> resticEnv(Path root, Path repo) {
    Map<String, String> env = environment(root);
    env.put("RESTIC_REPOSITORY", repo.toString());
    env.put("RESTIC_PASSWORD", SECRET);
    env.put("RESTIC_CACHE_DIR", root.resolve("restic-cache").toString());
    return env;
  }

  static Map<String, String> borgEnv(Path root, Path repo) {
    Map<String, String> env = environment(root);
    env.put("BORG_PASSPHRASE", SECRET);
    return env;
  }

  private static String local(Instant at) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(at.atOffset(ZoneOffset.UTC));
  }

  public static void run(Path root, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.directory(root.toFile());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
  }
}
