package dev.opsgrade.cli;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the reference docs: docs/configuration.md from the inventory's JSON Schema and
 * docs/checks.md from the check catalogue. Run from the project folder; ReferenceDocsTest fails
 * when the files in docs/ differ from what this generates.
 */
public final class ReferenceDocs {
  static final Path SCHEMA = Path.of("schema", "opsgrade.schema.json");
  static final String REGENERATE = "mvn -B -q test -Dtest=ReferenceDocsTest -Ddocs.update=true";

  private ReferenceDocs() {}

  public static void main(String[] args) throws IOException {
    for (Map.Entry<Path, String> doc : render().entrySet()) {
      Files.createDirectories(doc.getKey().getParent());
      Files.writeString(doc.getKey(), doc.getValue());
      System.out.println("wrote " + doc.getKey());
    }
  }

  /** Each generated file's path (relative to the project folder) and content. */
  static Map<Path, String> render() throws IOException {
    Map<Path, String> docs = new LinkedHashMap<>();
    docs.put(
        Path.of("docs", "configuration.md"),
        new ConfigurationReference(Json.mapper().readTree(Files.readString(SCHEMA))).render());
    docs.put(Path.of("docs", "checks.md"), checks());
    return docs;
  }

  private static String checks() {
    String table = CatalogueText.markdown(ChecksCommand.ordered(Catalogue.standard()));
    String notice =
        "<!-- Generated from src/main/resources/dev/opsgrade/check/catalogue.yaml by"
            + " ReferenceDocs: do not edit. -->\n\n"
            + "Every check opsgrade runs, with its category, its severity, whether a failure blocks"
            + " production readiness, why it matters, the evidence it needs and how to fix a"
            + " failure. `opsgrade checks` prints the same catalogue.\n\n";
    int afterTitle = table.indexOf("\n\n") + 2;
    return table.substring(0, afterTitle) + notice + table.substring(afterTitle);
  }
}
