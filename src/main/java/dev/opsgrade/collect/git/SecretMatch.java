package dev.opsgrade.collect.git;

import java.util.Optional;

/**
 * A secret found in one file's content: the rule, the 1-based line, the fingerprint and, when it
 * can be shown safely, the line with the secret replaced by ***. Never the secret itself.
 */
public record SecretMatch(
    String rule, String title, int line, String fingerprint, Optional<String> excerpt) {}
