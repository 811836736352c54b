package dev.opsgrade.collect.docs;

import static dev.opsgrade.model.CollectorRun.Outcome.OK;
import static dev.opsgrade.model.CollectorRun.Outcome.PARTIAL;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.inventory.DocsSpec;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the docs folder (docs.path): each Markdown file with its last change and the claims it
 * makes, the doc inventory (docs.inventory), and how many Markdown files there are.
 */
public final class DocsCollector implements Collector {
  static final long MAX_BYTES = 4L << 20;

  @Override
  public String name() {
    return "docs";
  }

  @Override
  public boolean configured(Inventory inventory) {
    return inventory.docs().isPresent();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    DocsSpec spec = inventory.docs().orElseThrow();
    Path root = context.resolve(spec.path());
    if (!Files.isDirectory(root)) {
      failed(context, spec, "docs.path '" + spec.path() + "' (" + root + "): no such folder");
      return;
    }
    List<Path> files;
    try {
      files = DocsFolder.markdownFiles(root);
    } catch (IOException e) {
      failed(context, spec, "cannot list " + root + ": " + e.getMessage());
      return;
    }
    List<String> problems = new ArrayList<>();
    Optional<Path> inventoryFile = spec.inventory().map(context::resolve);
    ClaimFinder finder = new ClaimFinder(hostNames(inventory), userRules(spec, problems));
    int claims = 0;
    boolean inGit;
    try (DocHistory history = DocHistory.open(root)) {
      history.problem().ifPresent(problems::add);
      inGit = history.inGit();
      for (Path file : files) {
        claims += readDoc(file, inventoryFile, finder, history, context, problems);
      }
    }
    inventoryFile.ifPresent(file -> readInventory(file, root, context, problems));
    context.fact(
        "docs.files",
        Location.file(spec.path()),
        Measurement.of("docs.files", files.size(), "docs, " + spec.path()));
    String detail =
        count(files.size(), "Markdown file")
            + ", "
            + count(claims, "claim")
            + ", dates from "
            + (inGit ? "git history" : "file times (no git repository)")
            + (problems.isEmpty() ? "" : "; " + String.join("; ", problems));
    context.run(name(), spec.path(), problems.isEmpty() ? OK : PARTIAL, detail);
  }

  private void failed(CollectContext context, DocsSpec spec, String detail) {
    context.run(name(), spec.path(), CollectorRun.Outcome.FAILED, detail);
  }

  private int readDoc(
      Path file,
      Optional<Path> inventoryFile,
      ClaimFinder finder,
      DocHistory history,
      CollectContext context,
      List<String> problems) {
    String path = context.relative(file);
    try {
      DocHistory.LastChange change = history.lastChange(file);
      Optional<String> text = DocsFolder.read(file, MAX_BYTES);
      if (text.isEmpty()) {
        problems.add(
            path + " is larger than " + (MAX_BYTES >> 20) + " MB: its claims were not read");
      }
      int lines = text.map(t -> (int) t.lines().count()).orElse(0);
      context.fact(
          path,
          Location.file(path),
          new DocFile(path, lines, change.when(), change.source(), change.commit()));
      boolean isInventory =
          inventoryFile.map(i -> i.toAbsolutePath().normalize().equals(file)).orElse(false);
      List<DocClaim> claims =
          text.map(t -> finder.find(new ClaimFinder.Doc(path, isInventory), MarkdownReader.read(t)))
              .orElse(List.of());
      for (DocClaim claim : claims) {
        context.fact(
            path + ":" + claim.line() + " " + claim.fact(),
            Location.file(path, claim.line()),
            claim);
      }
      return claims.size();
    } catch (IOException e) {
      problems.add("cannot read " + path + ": " + e.getMessage());
      return 0;
    }
  }

  private void readInventory(Path file, Path root, CollectContext context, List<String> problems) {
    String path = context.relative(file);
    if (!Files.isRegularFile(file)) {
      context.fact(path, Location.file(path), new DocInventory(path, false, List.of()));
      return;
    }
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      context.fact(
          path,
          Location.file(path),
          InventoryReader.read(
              file.toAbsolutePath().normalize(),
              text,
              root.toAbsolutePath().normalize(),
              context.baseDir().toAbsolutePath().normalize(),
              context::relative));
    } catch (IOException e) {
      problems.add("cannot read the doc inventory " + path + ": " + e.getMessage());
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<String> hostNames(Inventory inventory) {
    return inventory.hosts().stream().map(HostSpec::name).toList();
  }

  private static List<Rule> userRules(DocsSpec spec, List<String> problems) {
    List<Rule> rules = new ArrayList<>();
    for (DocsSpec.ClaimPattern pattern : spec.claims()) {
      try {
        rules.add(ClaimFinder.userRule(pattern));
      } catch (PatternSyntaxException e) {
        problems.add(
            "docs.claims pattern '"
                + pattern.pattern()
                + "' is not a valid regular "
                + "expression ("
                + e.getDescription()
                + " at index "
                + e.getIndex()
                + "): skipped");
      }
    }
    return rules;
  }
}
