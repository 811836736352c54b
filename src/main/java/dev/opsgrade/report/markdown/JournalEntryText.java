package dev.opsgrade.report.markdown;

import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.PhaseState;
import dev.opsgrade.model.Json;
import dev.opsgrade.score.ScoreFormat;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** One line that says what a journal entry records, read from its payload. */
public final class JournalEntryText {
  private static final int RAW_LENGTH = 120;

  private JournalEntryText() {}

  public static String describe(JournalEntry entry) {
    JsonNode p;
    try {
      p = Json.mapper().readTree(entry.payload());
    } catch (JacksonException e) {
      return raw(entry);
    }
    return switch (entry.kind()) {
      case "assessment" ->
          "score %s (%s), %s, evidence %s"
              .formatted(
                  ScoreFormat.score(p.path("score").asDouble()),
                  p.path("letter").asString(),
                  p.path("production_ready").asBoolean()
                      ? "production ready"
                      : "not production ready",
                  shortHash(p.path("evidence_sha256").asString()));
      case "acceptance" -> acceptance(p);
      case "phase" ->
          "now "
              + p.path("label").asString()
              + (p.has("from") ? " (was " + state(p.path("from").asString()) + ")" : "");
      case "waiver" ->
          "%s waived for %s until %s, approved by %s: %s"
              .formatted(
                  p.path("check").asString(),
                  p.path("subject").asString(),
                  p.path("expires").asString(),
                  p.path("approver").asString(),
                  p.path("justification").asString());
      case "drill" ->
          "drill of "
              + p.path("target").asString()
              + (p.path("passed").asBoolean() ? " passed" : " failed");
      default -> raw(entry);
    };
  }

  private static String acceptance(JsonNode p) {
    String by = "accepted by " + p.path("accepted_by").asString();
    return switch (p.path("kind").asString()) {
          case "CONDITIONAL" ->
              by + ", conditionally until " + p.path("conditional_until").asString();
          case "OVERRIDE" -> by + ", by override: " + p.path("override_reason").asString();
          default -> by;
        }
        + ", grade "
        + p.path("assessed").path("letter").asString();
  }

  private static String state(String name) {
    return Arrays.stream(PhaseState.values())
        .filter(s -> s.name().equals(name))
        .map(PhaseState::label)
        .findFirst()
        .orElse(name);
  }

  public static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private static String raw(JournalEntry entry) {
    String payload = entry.payload();
    return payload.length() <= RAW_LENGTH ? payload : payload.substring(0, RAW_LENGTH) + "…";
  }
}
