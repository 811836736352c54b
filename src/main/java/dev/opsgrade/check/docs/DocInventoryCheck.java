package dev.opsgrade.check.docs;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.docs.DocFile;
import dev.opsgrade.collect.docs.DocInventory;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.DocsSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * doc.inventory: the inventory file (docs.inventory) lists exactly the docs that exist. One finding
 * per path: listed and present passes; listed but missing fails, at the inventory's line; present
 * but unlisted fails, at the doc.
 */
public final class DocInventoryCheck implements Check {

  @Override
  public String id() {
    return "doc.inventory";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<Finding> missing = DocsEvidence.missing(evidence, findings);
    if (missing.isPresent()) {
      return List.of(missing.get());
    }
    DocsSpec docs = evidence.inventory().docs().orElseThrow();
    if (docs.inventory().isEmpty()) {
      return List.of(
          findings.unverified(
              evidence.inventory().name(),
              "no doc inventory configured: set docs.inventory to the file that lists the docs"));
    }
    List<FactView<DocInventory>> read = evidence.all(DocInventory.class);
    if (read.isEmpty()) {
      return List.of(
          findings.unverified(
              docs.inventory().get(),
              "the doc inventory " + docs.inventory().get() + " was not read"));
    }
    FactView<DocInventory> view = read.getFirst();
    List<FactView<DocFile>> files = evidence.all(DocFile.class);
    if (!view.data().exists()) {
      String all = files.stream().map(f -> f.data().path()).collect(Collectors.joining(", "));
      return List.of(
          findings.fail(
              view.data().file(),
              "the doc inventory " + view.data().file() + " does not exist",
              Location.file(view.data().file()),
              List.of(view.id()),
              "create " + view.data().file() + " listing the " + files.size() + " docs: " + all));
    }
    return compare(view, files, findings);
  }

  private static List<Finding> compare(
      FactView<DocInventory> view, List<FactView<DocFile>> files, Findings findings) {
    DocInventory inventory = view.data();
    List<Finding> result = new ArrayList<>();
    for (DocInventory.Entry entry : inventory.entries()) {
      result.add(listed(entry, view, findings));
    }
    Set<String> listed =
        inventory.entries().stream().map(DocInventory.Entry::path).collect(Collectors.toSet());
    for (FactView<DocFile> file : files) {
      String path = file.data().path();
      if (!listed.contains(path) && !path.equals(inventory.file())) {
        result.add(
            findings.fail(
                path,
                "present but not listed in " + inventory.file(),
                Location.file(path),
                List.of(file.id(), view.id()),
                "add a link to "
                    + RelativePaths.from(inventory.file(), path)
                    + " in "
                    + inventory.file()));
      }
    }
    return result;
  }

  private static Finding listed(
      DocInventory.Entry entry, FactView<DocInventory> view, Findings findings) {
    String inventory = view.data().file();
    Location at = Location.file(inventory, entry.line());
    String where = "listed in " + inventory + ":" + entry.line();
    if (entry.exists()) {
      return findings.of(
          Status.PASS, entry.path(), where + " and present", Optional.of(at), List.of(view.id()));
    }
    return findings.fail(
        entry.path(),
        where + " ('" + entry.listed() + "') but missing",
        at,
        List.of(view.id()),
        "remove '"
            + entry.listed()
            + "' from line "
            + entry.line()
            + " of "
            + inventory
            + ", or restore "
            + entry.path());
  }
}
