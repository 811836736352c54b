package dev.opsgrade.model.inventory;

import java.util.List;

public record SecuritySpec(List<Integer> publicPortsAllowed) {}
