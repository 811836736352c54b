package dev.opsgrade.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a YAML file into nodes that keep their line and column; syntax errors become problems. */
final class YamlSource {
  private static final int MAX_CODE_POINTS = 1 << 20;

  private YamlSource() {}

  /** The file's text, or a problem naming the file when it cannot be read. */
  static Optional<String> read(Path file, String label, Problems problems) {
    try {
      return Optional.of(Files.readString(file));
    } catch (NoSuchFileException e) {
      problems.add(Problem.ofFile(label, "no such file"));
    } catch (CharacterCodingException e) {
      problems.add(Problem.ofFile(label, "not UTF-8 text"));
    } catch (IOException e) {
      problems.add(Problem.ofFile(label, "cannot read: " + e.getClass().getSimpleName()));
    }
    return Optional.empty();
  }

  /** The document's root node; empty (with a problem) for a syntax error or an empty document. */
  static Optional<Node> compose(String text, String label, Problems problems) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(label)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setMaxAliasesForCollections(50)
            .build();
    try {
      Optional<Node> root = new Compose(settings).composeString(DollarBraces.protect(text));
      if (root.isEmpty()) {
        problems.add(new Problem(label, 1, 1, "", "the document is empty"));
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      int line = mark.map(m -> m.getLine() + 1).orElse(1);
      int column = mark.map(m -> m.getColumn() + 1).orElse(1);
      problems.add(new Problem(label, line, column, "", "invalid YAML: " + describe(e)));
    } catch (YamlEngineException e) {
      problems.add(new Problem(label, 1, 1, "", "invalid YAML: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    return context.isEmpty() ? problem : problem + " (" + context + ")";
  }
}
