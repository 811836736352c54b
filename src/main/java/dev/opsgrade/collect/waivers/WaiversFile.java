package dev.opsgrade.collect.waivers;

import dev.opsgrade.model.Json;
import dev.opsgrade.model.Waiver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * opsgrade-waivers.yaml beside the inventory: read, and appended to without losing what the user
 * wrote (comments, order).
 */
public final class WaiversFile {
  public static final String NAME = "opsgrade-waivers.yaml";
  private static final long MAX_BYTES = 1024 * 1024;
  private static final String HEADER =
      """
      # Accepted exceptions: a waived finding scores as passed until its waiver expires, and is
      # always listed with its justification. Add one with: opsgrade waive CHECK SUBJECT --by NAME
      # --until YYYY-MM-DD --because TEXT. The subject may be a glob (* any text, ? one character).
      """;

  private WaiversFile() {}

  /** A waiver and the line of the file it starts on. */
  public record Entry(Waiver waiver, int line) {}

  /** The waivers of {@code file}; none when it does not exist. */
  public static List<Entry> read(Path file, String displayName) throws WaiversFileException {
    return WaiversYaml.parse(displayName, text(file, displayName).orElse("")).entries();
  }

  /** The file's text with {@code waiver} added at its end, and the entry as it reads there. */
  public record Appended(String text, Entry entry) {}

  /**
   * The text of the file with {@code waiver} appended (the file made anew when it is missing or its
   * list is empty); the caller writes it. What the user wrote stays as it was.
   */
  public static Appended appended(Optional<String> existing, String displayName, Waiver waiver)
      throws WaiversFileException {
    WaiversYaml.Parsed parsed = WaiversYaml.parse(displayName, existing.orElse(""));
    String updated = updated(existing, parsed, waiver);
    List<Entry> entries = WaiversYaml.parse(displayName, updated).entries();
    Entry added = entries.getLast();
    if (!added.waiver().equals(waiver) || entries.size() != parsed.entries().size() + 1) {
      throw new IllegalStateException("appending to " + displayName + " did not add the waiver");
    }
    return new Appended(updated, added);
  }

  private static String updated(Optional<String> existing, WaiversYaml.Parsed parsed, Waiver w) {
    Optional<SequenceNode> list = parsed.list();
    boolean block = list.filter(l -> l.getFlowStyle() == FlowStyle.BLOCK).isPresent();
    if (existing.isPresent() && block && !parsed.entries().isEmpty()) {
      int indent = list.get().getStartMark().map(m -> m.getColumn()).orElse(2);
      String text = existing.get();
      return text + (text.endsWith("\n") ? "" : "\n") + entry(w, indent);
    }
    StringBuilder text = new StringBuilder(HEADER).append("waivers:\n");
    parsed.entries().forEach(e -> text.append(entry(e.waiver(), 2)));
    return text.append(entry(w, 2)).toString();
  }

  /** One list item; strings in double quotes (JSON's escapes are YAML's), so any text is safe. */
  private static String entry(Waiver waiver, int indent) {
    String dash = " ".repeat(indent) + "- ";
    String key = " ".repeat(indent + 2);
    return dash
        + "check: "
        + quoted(waiver.check())
        + "\n"
        + key
        + "subject: "
        + quoted(waiver.subject())
        + "\n"
        + key
        + "justification: "
        + quoted(waiver.justification())
        + "\n"
        + key
        + "approver: "
        + quoted(waiver.approver())
        + "\n"
        + key
        + "expires: "
        + waiver.expires()
        + "\n";
  }

  private static String quoted(String text) {
    return Json.mapper().writeValueAsString(text);
  }

  /** The file's text; empty when it does not exist. */
  public static Optional<String> text(Path file, String displayName) throws WaiversFileException {
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new WaiversFileException(displayName + ": larger than 1 MiB, not a waivers file");
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WaiversFileException(displayName + ": cannot read: " + e.getMessage());
    }
  }
}
