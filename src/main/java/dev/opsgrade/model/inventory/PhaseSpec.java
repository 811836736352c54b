package dev.opsgrade.model.inventory;

import java.util.List;

public record PhaseSpec(
    String id, String name, String folder, List<String> criteria, List<String> deliverables) {}
