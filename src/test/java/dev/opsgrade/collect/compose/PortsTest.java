package dev.opsgrade.collect.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.compose.ComposeService.PortBinding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every port form Docker accepts, and what it binds. */
class PortsTest {
  @TempDir Path dir;

  private List<PortBinding> ports(String... items) {
    StringBuilder yaml = new StringBuilder("services:\n  app:\n    image: a\n    ports:\n");
    for (String item : items) {
      yaml.append("      - ").append(item).append('\n');
    }
    ComposeReader.ComposeRead read =
        new ComposeProject(dir).write("c.yml", yaml.toString()).read("c.yml");
    return ComposeProject.service(read, "app").ports();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // item               | ip        | host start | host end | container | end  | proto | all
        // interfaces | random
        "'\"3000\"'           |           |            |          | 3000      | 3000 | tcp   | true  | true",
        "3000                 |           |            |          | 3000      | 3000 | tcp   | true  | true",
        "'\"3000:3000\"'      |           | 3000       | 3000     | 3000      | 3000 | tcp   | true  | false",
        "'\"127.0.0.1:8080:80\"' | 127.0.0.1 | 8080    | 8080     | 80        | 80   | tcp   | false | false",
        "'\"0.0.0.0:80:80\"'  | 0.0.0.0   | 80         | 80       | 80        | 80   | tcp   | true  | false",
        "'\"[::]:9000:9000\"' | ::        | 9000       | 9000     | 9000      | 9000 | tcp   | true  | false",
        "'\"::1:5000:5000\"'  | ::1       | 5000       | 5000     | 5000      | 5000 | tcp   | false | false",
        "'\"[::1]:53:53/udp\"' | ::1      | 53         | 53       | 53        | 53   | udp   | false | false",
        "'\"8000-8010:8000-8010\"' |      | 8000       | 8010     | 8000      | 8010 | tcp   | true  | false",
        "'\"6060-6070:80\"'   |           | 6060       | 6070     | 80        | 80   | tcp   | true  | false",
        "'\"9090:9090/udp\"'  |           | 9090       | 9090     | 9090      | 9090 | udp   | true  | false",
        "'\"127.0.0.1::80\"'  | 127.0.0.1 |            |          | 80        | 80   | tcp   | false | true",
        "'\":8989\"'          |           |            |          | 8989      | 8989 | tcp   | true  | true",
        "'\"5000-5002\"'      |           |            |          | 5000      | 5002 | tcp   | true  | true",
      })
  void shortSyntax(
      String item,
      String ip,
      Integer hostStart,
      Integer hostEnd,
      int container,
      int containerEnd,
      String protocol,
      boolean allInterfaces,
      boolean random) {
    PortBinding port = ports(item).get(0);

    assertThat(port.hostIp()).isEqualTo(ip == null ? "" : ip);
    assertThat(port.hostPortStart()).isEqualTo(Optional.ofNullable(hostStart));
    assertThat(port.hostPortEnd()).isEqualTo(Optional.ofNullable(hostEnd));
    assertThat(port.containerPortStart()).isEqualTo(container);
    assertThat(port.containerPortEnd()).isEqualTo(containerEnd);
    assertThat(port.protocol()).isEqualTo(protocol);
    assertThat(port.onAllInterfaces()).isEqualTo(allInterfaces);
    assertThat(port.randomHostPort()).isEqualTo(random);
    assertThat(port.published()).isTrue();
    assertThat(port.line()).isEqualTo(5);
  }

  @Test
  void longSyntax() {
    List<PortBinding> ports =
        ports(
            "{target: 80, published: 8080, host_ip: 127.0.0.1, protocol: udp, mode: host}",
            "{target: 443, published: \"443\", mode: ingress}",
            "{target: 9000}",
            "{target: 80, published: \"8000-8001\"}");

    assertThat(ports.get(0))
        .isEqualTo(
            new PortBinding(
                "127.0.0.1",
                Optional.of(8080),
                Optional.of(8080),
                80,
                80,
                "udp",
                "127.0.0.1:8080:80/udp (mode host)",
                5,
                false));
    assertThat(ports.get(1).onAllInterfaces()).isTrue();
    assertThat(ports.get(1).hostPortStart()).contains(443);
    assertThat(ports.get(2).randomHostPort()).isTrue();
    assertThat(ports.get(2).hostPortStart()).isEmpty();
    assertThat(ports.get(3).hostPortEnd()).contains(8001);
    assertThat(ports).extracting(PortBinding::line).containsExactly(5, 6, 7, 8);
  }

  @Test
  void anIpv6HostIpInLongSyntaxIsShownInBrackets() {
    List<PortBinding> ports =
        ports(
            "{target: 83, published: \"8083\", host_ip: \"::\"}", "{target: 84, host_ip: \"::1\"}");

    assertThat(ports)
        .extracting(PortBinding::raw)
        .containsExactly("[::]:8083:83/tcp", "[::1]:84/tcp");
    assertThat(ports.get(0).onAllInterfaces()).isTrue();
    assertThat(ports.get(1).onAllInterfaces()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"abc\"'              | invalid port 'abc'",
        "'\"70000:80\"'         | invalid port '70000:80'",
        "'\"1.2.3:80:80\"'      | invalid IP address in port '1.2.3:80:80'",
        "'\"80:80/xyz\"'        | invalid protocol 'xyz'",
        "'\"8000-8010:80-81\"'  | port ranges of different sizes",
        "'{published: 80}'      | a long-syntax port needs a target",
      })
  void invalidPortsAreErrorsWithTheirPosition(String item, String problem) {
    ComposeReader.ComposeRead read =
        new ComposeProject(dir)
            .write(
                "c.yml",
                "services:\n  app:\n    image: a\n    ports:\n      - \"1:1\"\n      - "
                    + item
                    + "\n")
            .read("c.yml");

    assertThat(read.file().error())
        .hasValueSatisfying(e -> assertThat(e).startsWith("c.yml:6:9: ").contains(problem));
    assertThat(read.file().errorLine()).contains(6);
    assertThat(read.file().errorColumn()).contains(9);
    assertThat(read.services()).isEmpty();
  }

  @Test
  void theOriginalConstructorDerivesTheRandomPort() {
    PortBinding old =
        new PortBinding("", Optional.empty(), Optional.empty(), 80, 80, "tcp", "80", 1);

    assertThat(old.randomHostPort()).isTrue();
    assertThat(old.published()).isTrue();
  }
}
