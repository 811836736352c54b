package dev.opsgrade.collect.git;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of the secret scan: the keywords that let a file reach its regex, the regex whose group
 * "secret" is the secret, and the filters a match must pass.
 */
public record SecretRule(
    String id,
    String title,
    List<String> keywords,
    Pattern pattern,
    double minEntropy,
    boolean filterPlaceholders,
    boolean multiline) {

  public SecretRule {
    keywords = List.copyOf(keywords);
  }
}
