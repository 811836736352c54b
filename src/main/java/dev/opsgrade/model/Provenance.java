package dev.opsgrade.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Optional;

/** Where a fact was read, when, by which request, with a short excerpt of what came back. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Provenance(
    String source,
    Location location,
    Instant time,
    Optional<String> request,
    Optional<String> excerpt) {

  public static Provenance of(String source, Location location, Instant time) {
    return new Provenance(source, location, time, Optional.empty(), Optional.empty());
  }
}
