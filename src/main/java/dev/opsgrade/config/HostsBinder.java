package dev.opsgrade.config;

import dev.opsgrade.model.inventory.HostSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code hosts:} the Docker hosts, their compose files and how many containers they should run. */
final class HostsBinder {
  static final List<String> KEYS = List.of("name", "docker", "tls", "compose", "expect");

  private HostsBinder() {}

  static List<HostSpec> bind(YamlMap root) {
    List<HostSpec> hosts = new ArrayList<>();
    Unique names = new Unique("host name");
    for (YamlMap host : root.maps("hosts")) {
      host.allowKeys(KEYS);
      String name = names.check(host, "name").orElse("");
      Optional<String> docker = host.get("docker", Formats.DOCKER_URL_TYPE);
      Optional<HostSpec.TlsFiles> tls = host.map("tls", HostsBinder::tls);
      List<String> compose = host.list("compose", Types.TEXT);
      Optional<Integer> containers = host.map("expect").flatMap(HostsBinder::containers);
      hosts.add(new HostSpec(name, docker, tls, compose, containers));
    }
    return List.copyOf(hosts);
  }

  private static HostSpec.TlsFiles tls(YamlMap tls) {
    tls.allowKeys("ca", "cert", "key");
    return new HostSpec.TlsFiles(
        tls.required("ca", Types.TEXT).orElse(""),
        tls.required("cert", Types.TEXT).orElse(""),
        tls.required("key", Types.TEXT).orElse(""));
  }

  private static Optional<Integer> containers(YamlMap expect) {
    expect.allowKeys("containers");
    return expect.get("containers", Types.range(0, Integer.MAX_VALUE));
  }
}
