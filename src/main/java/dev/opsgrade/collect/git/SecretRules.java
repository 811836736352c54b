package dev.opsgrade.collect.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Loads the secret rule set (secret-rules.yaml) and validates every rule before use. */
public final class SecretRules {
  private static final String RESOURCE = "/dev/opsgrade/collect/git/secret-rules.yaml";
  private static final List<SecretRule> STANDARD = load();

  private SecretRules() {}

  public static List<SecretRule> standard() {
    return STANDARD;
  }

  private static List<SecretRule> load() {
    try (InputStream in = SecretRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return parse(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static List<SecretRule> parse(Object root) {
    List<Map<String, Object>> entries =
        (List<Map<String, Object>>) ((Map<String, Object>) root).get("rules");
    List<SecretRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Map<String, Object> entry : entries) {
      SecretRule rule = rule(entry);
      if (!ids.add(rule.id())) {
        throw new IllegalStateException("secret rule '" + rule.id() + "' is defined twice");
      }
      rules.add(rule);
    }
    return List.copyOf(rules);
  }

  @SuppressWarnings("unchecked")
  private static SecretRule rule(Map<String, Object> entry) {
    String id = (String) entry.get("id");
    List<String> keywords = (List<String>) entry.get("keywords");
    if (keywords == null || keywords.isEmpty()) {
      throw new IllegalStateException("secret rule '" + id + "' has no keywords");
    }
    for (String keyword : keywords) {
      if (!keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("secret rule '" + id + "': keyword not lowercase");
      }
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile((String) entry.get("regex"));
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("secret rule '" + id + "': bad regex: " + e.getMessage(), e);
    }
    if (!pattern.pattern().contains("(?<secret>")) {
      throw new IllegalStateException("secret rule '" + id + "' has no group named secret");
    }
    return new SecretRule(
        id,
        (String) entry.get("title"),
        keywords,
        pattern,
        ((Number) entry.getOrDefault("entropy", 0)).doubleValue(),
        (Boolean) entry.getOrDefault("placeholders", Boolean.TRUE),
        (Boolean) entry.getOrDefault("multiline", Boolean.FALSE));
  }
}
