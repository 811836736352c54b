package dev.opsgrade.collect.traefik;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * A middleware and the settings that matter to access and transport security: the chain it runs, a
 * forwardAuth address (user info and query removed), the sources an IP allowlist admits, the scheme
 * a redirect forces, and HSTS. Basic-auth users are never kept: they hold password hashes.
 */
@FactKind("traefik.middleware")
public record TraefikMiddleware(
    String name,
    String provider,
    ConfigSource source,
    String type,
    String status,
    List<String> chain,
    Optional<String> forwardAuthAddress,
    List<String> allowedSources,
    Optional<String> redirectScheme,
    Optional<Long> stsSeconds,
    List<String> errors) {}
