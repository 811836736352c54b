package dev.opsgrade.collect.docker;

import dev.opsgrade.model.FactKind;
import java.util.Optional;

/** A host's engine: where it was reached, its version, and how many containers it holds. */
@FactKind("docker.host")
public record DockerHost(
    String host,
    String endpoint,
    String channel,
    String engineVersion,
    String apiVersion,
    String operatingSystem,
    String kernelVersion,
    int containers,
    int running,
    int images,
    Optional<Integer> expectContainers) {}
