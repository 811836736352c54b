package dev.opsgrade.check.routes;

import java.util.List;
import java.util.Optional;

/** A middleware definition from any source, by qualified name; chain references qualified too. */
public record Middleware(
    String name,
    String type,
    List<String> chain,
    Optional<String> forwardAuthAddress,
    List<String> allowedSources,
    Optional<Long> stsSeconds) {}
