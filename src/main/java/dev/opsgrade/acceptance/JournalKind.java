package dev.opsgrade.acceptance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a journal entry records. */
public enum JournalKind {
  ASSESSMENT("assessment"),
  ACCEPTANCE("acceptance"),
  PHASE("phase"),
  WAIVER("waiver"),
  DRILL("drill");

  private final String id;

  JournalKind(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public static JournalKind fromId(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown journal entry kind '" + id + "'"));
  }
}
