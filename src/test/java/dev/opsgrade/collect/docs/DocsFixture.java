package dev.opsgrade.collect.docs;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.DocsSpec;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** Inventories, corpora and git histories for the docs tests, and running the docs collector. */
public final class DocsFixture {
  public static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

  private DocsFixture() {}

  public static Inventory inventory(Path baseDir, Optional<DocsSpec> docs) {
    return new Inventory(
        "homelab",
        baseDir.toString(),
        baseDir.resolve("opsgrade.yaml").toString(),
        List.of(host("master"), host("lady")),
        Optional.empty(),
        List.of(),
        new ProbeSpec(3, Duration.ofSeconds(5)),
        new SecuritySpec(List.of(80, 443)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of("."),
        docs,
        List.of(),
        "default",
        Optional.empty(),
        Optional.empty(),
        new SloSpec(99.9, Duration.ofDays(30)),
        List.of());
  }

  /** The corpus's docs settings: .docs, its inventory, 30 days, and a volumes pattern. */
  public static DocsSpec corpusDocs() {
    return new DocsSpec(
        ".docs",
        Optional.of(".docs/DOC_INVENTORY.md"),
        Duration.ofDays(30),
        List.of(new DocsSpec.ClaimPattern("(\\d+) volumes", "docker.volumes")));
  }

  private static HostSpec host(String name) {
    return new HostSpec(
        name,
        Optional.of("ssh://ops@" + name + ".example.net"),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  public static EvidenceBundle collect(Path baseDir, DocsSpec docs) {
    CollectContext context =
        new CollectContext(
            baseDir,
            Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(30),
            Map.of(),
            CollectContext.Options.readOnly());
    return new CollectionRunner(List.of(new DocsCollector()), e -> {}, Duration.ofSeconds(60))
        .collect(inventory(baseDir, Optional.of(docs)), context, "test");
  }

  /** The claims the finder reads in one Markdown text, as the collector would emit them. */
  public static List<DocClaim> claims(String file, String markdown) {
    ClaimFinder finder =
        new ClaimFinder(
            List.of("master", "lady"),
            corpusDocs().claims().stream().map(ClaimFinder::userRule).toList());
    return finder.find(new ClaimFinder.Doc(file, false), MarkdownReader.read(markdown));
  }

  /** Copies the test corpus (src/test/resources/docs-corpus) into {@code target}. */
  public static void copyCorpus(Path target) {
    try {
      Path source = Path.of(DocsFixture.class.getResource("/docs-corpus").toURI());
      try (Stream<Path> walk = Files.walk(source)) {
        for (Path p : walk.toList()) {
          Path to = target.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Commits everything in {@code dir} (a repository is made if there is none) at {@code when}. */
  public static void commitAll(Path dir, Instant when, String message) throws Exception {
    try (Git git =
        Files.isDirectory(dir.resolve(".git"))
            ? Git.open(dir.toFile())
            : Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Ops", "ops@example.net", when, ZoneOffset.UTC);
      git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
  }
}
