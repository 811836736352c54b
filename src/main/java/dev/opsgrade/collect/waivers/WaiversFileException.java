package dev.opsgrade.collect.waivers;

/** The waivers file cannot be read or is not valid: the message names file:line:column. */
public final class WaiversFileException extends Exception {
  public WaiversFileException(String message) {
    super(message);
  }
}
