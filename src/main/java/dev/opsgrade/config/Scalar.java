package dev.opsgrade.config;

import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML scalar as written ({@code raw}, with its resolved tag) and after interpolation ({@code
 * value}). Messages quote {@link #shown()}, so a value taken from the environment never appears in
 * one.
 */
record Scalar(String raw, String value, Tag tag, boolean interpolated) {

  static Scalar literal(String raw, Tag tag) {
    return new Scalar(raw, raw, tag, false);
  }

  String shown() {
    return raw;
  }

  /** The value is text: quoted, or a plain word that is not a number, boolean or null. */
  boolean isText() {
    return interpolated || Tag.STR.equals(tag);
  }

  String kind() {
    if (interpolated || Tag.STR.equals(tag)) {
      return "text";
    }
    if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
      return "a number";
    }
    if (Tag.BOOL.equals(tag)) {
      return "true/false";
    }
    return "a value tagged " + tag.getValue();
  }
}
