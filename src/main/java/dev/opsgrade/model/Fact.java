package dev.opsgrade.model;

import tools.jackson.databind.JsonNode;

/**
 * One piece of evidence: what kind of fact, about which subject, where it came from, and its data
 * (the JSON form of a {@link FactKind} record).
 */
public record Fact(String id, String kind, String subject, Provenance provenance, JsonNode data) {}
