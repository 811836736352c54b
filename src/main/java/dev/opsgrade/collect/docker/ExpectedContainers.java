package dev.opsgrade.collect.docker;

import dev.opsgrade.model.FactKind;

/** The inventory's {@code expect.containers} of a host against what runs there. */
@FactKind("docker.expected-containers")
public record ExpectedContainers(String host, int expected, int running, boolean matches) {}
