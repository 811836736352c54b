package dev.opsgrade.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The rubric's categories, in the order reports show them. */
public enum Category {
  AVAILABILITY("availability"),
  RELIABILITY("reliability"),
  MONITORING("monitoring"),
  SECURITY("security"),
  DOCUMENTATION("documentation"),
  BACKUP_DR("backup_dr"),
  CHANGE_CONTROL("change_control"),
  ACCEPTANCE("acceptance");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public static Category fromId(String id) {
    return Arrays.stream(values())
        .filter(c -> c.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown category '" + id + "'"));
  }
}
