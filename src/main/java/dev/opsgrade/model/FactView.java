package dev.opsgrade.model;

/** A fact together with its typed data. */
public record FactView<T>(Fact fact, T data) {

  public String id() {
    return fact.id();
  }

  public Location location() {
    return fact.provenance().location();
  }
}
