package dev.opsgrade.collect.snapshots;

/** An instance (a VPS) as the provider lists it. */
public record ProviderInstance(String id, String name, String status) {}
