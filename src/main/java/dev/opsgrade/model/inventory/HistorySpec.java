package dev.opsgrade.model.inventory;

import java.util.Optional;

public record HistorySpec(String url, Optional<String> user, Optional<SecretRef> password) {}
