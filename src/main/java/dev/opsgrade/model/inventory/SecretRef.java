package dev.opsgrade.model.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A secret by reference: {@code env:NAME} or {@code file:path}. The value is only read when a
 * collector needs it and is never stored in the inventory, the bundle or any output.
 */
public record SecretRef(String reference) {

  @JsonCreator
  public SecretRef {
    if (!reference.startsWith("env:") && !reference.startsWith("file:")) {
      throw new IllegalArgumentException("a secret reference is env:NAME or file:PATH");
    }
  }

  public static SecretRef env(String name) {
    return new SecretRef("env:" + name);
  }

  public static SecretRef file(String path) {
    return new SecretRef("file:" + path);
  }

  @JsonValue
  @Override
  public String reference() {
    return reference;
  }

  @Override
  public String toString() {
    return "secret(" + reference + ")";
  }
}
