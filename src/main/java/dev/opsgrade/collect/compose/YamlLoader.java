package dev.opsgrade.collect.compose;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML 1.2 file into {@link YamlNode}s with positions. Applies merge keys ({@code <<: *a},
 * {@code <<: [*a, *b]}: keys written in the mapping win, then the earlier merged mapping), rejects
 * duplicate keys as Docker Compose does, and bounds alias expansion so a hostile file cannot
 * exhaust memory.
 */
final class YamlLoader {
  static final long MAX_BYTES = 16L * 1024 * 1024;
  private static final int MAX_NODES = 2_000_000;
  private static final int MAX_DEPTH = 200;
  private static final String MERGE_KEY = "<<";

  private final Path file;
  private int nodes;

  private YamlLoader(Path file) {
    this.file = file;
  }

  /** The documents of the file, in order (a compose file normally holds one). */
  static List<YamlNode> load(Path file) {
    return new YamlLoader(file).loadAll();
  }

  private List<YamlNode> loadAll() {
    String text = readText();
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(100_000)
            .setCodePointLimit((int) MAX_BYTES)
            .build();
    List<YamlNode> documents = new ArrayList<>();
    try {
      for (Node node : new Compose(settings).composeAllFromString(text)) {
        documents.add(convert(node, 0));
      }
    } catch (MarkedYamlEngineException e) {
      // getProblem(), never getMessage(): the message quotes the offending line, maybe a secret
      throw new ComposeException(Position.of(file, e.getProblemMark()), e.getProblem());
    } catch (YamlEngineException e) {
      throw new ComposeException(Position.wholeFile(file), "not valid YAML");
    } catch (StackOverflowError e) {
      throw new ComposeException(Position.wholeFile(file), "nested too deeply");
    }
    return documents;
  }

  private String readText() {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ComposeException(Position.wholeFile(file), "larger than 16 MiB");
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new ComposeException(Position.wholeFile(file), "no such file");
    } catch (CharacterCodingException e) {
      throw new ComposeException(Position.wholeFile(file), "not UTF-8 text");
    } catch (IOException e) {
      throw new ComposeException(Position.wholeFile(file), "cannot be read: " + e.getMessage());
    }
  }

  private YamlNode convert(Node node, int depth) {
    Position at = Position.of(file, node.getStartMark());
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
      throw new ComposeException(at, "aliases expand to a document too large or too deep");
    }
    return switch (node) {
      case ScalarNode scalar ->
          new YamlNode.Scalar(
              scalar.getValue(), scalar.getValue(), scalar.getTag().equals(Tag.NULL), false, at);
      case SequenceNode sequence ->
          new YamlNode.Sequence(
              sequence.getValue().stream().map(n -> convert(n, depth + 1)).toList(), at);
      case MappingNode mapping -> convertMapping(mapping, at, depth);
      default -> throw new ComposeException(at, "unsupported YAML node");
    };
  }

  private YamlNode.Mapping convertMapping(MappingNode mapping, Position at, int depth) {
    Map<String, YamlNode.Entry> own = new LinkedHashMap<>();
    List<YamlNode.Mapping> merged = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Position keyAt = Position.of(file, tuple.getKeyNode().getStartMark());
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new ComposeException(keyAt, "a mapping key must be a string");
      }
      YamlNode value = convert(tuple.getValueNode(), depth + 1);
      if (isMergeKey(key)) {
        merged.addAll(mergeSources(value));
        continue;
      }
      YamlNode.Entry previous = own.get(key.getValue());
      if (previous != null) {
        throw new ComposeException(
            keyAt,
            "mapping key '"
                + key.getValue()
                + "' already defined at line "
                + previous.keyAt().line());
      }
      own.put(key.getValue(), new YamlNode.Entry(key.getValue(), keyAt, value));
    }
    for (YamlNode.Mapping source : merged) {
      source.values().forEach(e -> own.putIfAbsent(e.key(), e));
    }
    return new YamlNode.Mapping(own, at);
  }

  private static boolean isMergeKey(ScalarNode key) {
    return key.getTag().equals(Tag.MERGE) || (key.isPlain() && MERGE_KEY.equals(key.getValue()));
  }

  private static List<YamlNode.Mapping> mergeSources(YamlNode value) {
    if (value instanceof YamlNode.Mapping m) {
      return List.of(m);
    }
    if (value instanceof YamlNode.Sequence s) {
      List<YamlNode.Mapping> sources = new ArrayList<>();
      for (YamlNode item : s.items()) {
        sources.add(YamlNode.expectMapping(item, "each merge key (<<) source"));
      }
      return sources;
    }
    throw new ComposeException(value.at(), "a merge key (<<) needs a mapping or a list of them");
  }
}
