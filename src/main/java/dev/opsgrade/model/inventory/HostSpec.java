package dev.opsgrade.model.inventory;

import java.util.List;
import java.util.Optional;

public record HostSpec(
    String name,
    Optional<String> docker,
    Optional<TlsFiles> tls,
    List<String> compose,
    Optional<Integer> expectContainers) {

  public record TlsFiles(String ca, String cert, String key) {}
}
