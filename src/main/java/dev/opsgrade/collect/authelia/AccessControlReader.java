package dev.opsgrade.collect.authelia;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads access_control from an Authelia configuration.yml, keeping each rule's line. Nothing else
 * of the file is kept: it holds secrets (session and storage keys, SMTP passwords).
 */
final class AccessControlReader {

  static final class ConfigException extends Exception {
    ConfigException(String message) {
      super(message);
    }
  }

  private AccessControlReader() {}

  static AutheliaAccessControl read(String file, String text) throws ConfigException {
    Node root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(file).build();
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      root =
          composer
              .getSingleNode()
              .orElseThrow(() -> new ConfigException(file + ":1:1: empty configuration"));
    } catch (MarkedYamlEngineException e) {
      String where =
          e.getProblemMark()
              .map(m -> ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
              .orElse("");
      throw new ConfigException(file + where + ": not valid YAML: " + e.getProblem());
    }
    Optional<Node> access = child(root, "access_control");
    if (access.isEmpty()) {
      return new AutheliaAccessControl(file, "deny", Map.of(), List.of());
    }
    String defaultPolicy =
        child(access.get(), "default_policy").map(AccessControlReader::scalar).orElse("deny");
    Map<String, List<String>> networks = new LinkedHashMap<>();
    for (Node network : items(child(access.get(), "networks"))) {
      child(network, "name")
          .map(AccessControlReader::scalar)
          .ifPresent(name -> networks.put(name, strings(child(network, "networks"))));
    }
    List<AutheliaAccessControl.Rule> rules = new ArrayList<>();
    List<Node> ruleNodes = items(child(access.get(), "rules"));
    for (int i = 0; i < ruleNodes.size(); i++) {
      Node rule = ruleNodes.get(i);
      rules.add(
          new AutheliaAccessControl.Rule(
              i + 1,
              rule.getStartMark().map(m -> m.getLine() + 1).orElse(1),
              strings(child(rule, "domain")),
              strings(child(rule, "domain_regex")),
              child(rule, "policy").map(AccessControlReader::scalar).orElse(""),
              strings(child(rule, "networks")),
              strings(child(rule, "subject")),
              strings(child(rule, "resources")),
              strings(child(rule, "methods"))));
    }
    return new AutheliaAccessControl(file, defaultPolicy, Map.copyOf(networks), List.copyOf(rules));
  }

  private static Optional<Node> child(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return Optional.of(tuple.getValueNode());
        }
      }
    }
    return Optional.empty();
  }

  private static List<Node> items(Optional<Node> node) {
    return node.filter(SequenceNode.class::isInstance)
        .map(n -> ((SequenceNode) n).getValue())
        .orElse(List.of());
  }

  /** A scalar as a list of one, a sequence of scalars (nested lists flattened, as subjects are). */
  private static List<String> strings(Optional<Node> node) {
    List<String> result = new ArrayList<>();
    node.ifPresent(n -> collect(n, result));
    return List.copyOf(result);
  }

  private static void collect(Node node, List<String> into) {
    if (node instanceof ScalarNode scalar) {
      into.add(scalar.getValue());
    } else if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(n -> collect(n, into));
    }
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : "";
  }
}
