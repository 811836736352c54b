package dev.opsgrade.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The keys of one mapping, in the order written: a duplicate key is a problem; merge keys ({@code
 * <<: *anchor}, or a list of anchors, earlier ones first) add the keys not written beside them.
 */
final class YamlEntries {
  private static final int MAX_MERGE_DEPTH = 16;

  private final YamlNode self;
  private final Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();

  YamlEntries(YamlNode self) {
    this.self = self;
  }

  Map<String, YamlMap.Entry> read(MappingNode mapping) {
    List<Node> merges = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (keyNode instanceof ScalarNode scalar && "<<".equals(scalar.getValue())) {
        merges.add(tuple.getValueNode());
      } else if (keyNode instanceof ScalarNode scalar) {
        written(DollarBraces.restore(scalar.getValue()), keyNode, tuple.getValueNode());
      } else {
        self.context().problem(keyNode, self.path(), "a key must be a plain word");
      }
    }
    merges.forEach(merge -> merge(merge, 0));
    return entries;
  }

  private void written(String key, Node keyNode, Node valueNode) {
    YamlMap.Entry previous = entries.get(key);
    if (previous == null) {
      put(key, keyNode, valueNode);
      return;
    }
    self.context()
        .problem(
            keyNode,
            child(key),
            "duplicate key '" + key + "' (first at line " + previous.key().line() + ")");
  }

  private void merge(Node merge, int depth) {
    if (depth > MAX_MERGE_DEPTH) {
      self.context().problem(merge, self.path(), "merge keys nested too deep");
    } else if (merge instanceof MappingNode mapping) {
      List<Node> nested = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode scalar) {
          String key = DollarBraces.restore(scalar.getValue());
          if ("<<".equals(key)) {
            nested.add(tuple.getValueNode());
          } else if (!entries.containsKey(key)) {
            put(key, scalar, tuple.getValueNode());
          }
        }
      }
      nested.forEach(node -> merge(node, depth + 1));
    } else if (merge instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> merge(item, depth + 1));
    } else {
      self.context().problem(merge, self.path(), "'<<' merges a mapping or a list of mappings");
    }
  }

  private void put(String key, Node keyNode, Node valueNode) {
    YamlNode keyAt = new YamlNode(keyNode, child(key), self.context());
    YamlNode value = new YamlNode(valueNode, child(key), self.context());
    entries.put(key, new YamlMap.Entry(key, keyAt, value));
  }

  private String child(String key) {
    return self.path().isEmpty() ? key : self.path() + "." + key;
  }
}
