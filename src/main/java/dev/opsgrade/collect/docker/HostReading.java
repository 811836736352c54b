package dev.opsgrade.collect.docker;

import java.util.List;
import java.util.Optional;

/** All that was read from one host's engine, and what could not be (a PARTIAL run). */
record HostReading(
    DockerEndpoint endpoint,
    DockerHost host,
    List<DockerContainer> containers,
    Optional<DockerEvents> events,
    List<String> problems) {}
