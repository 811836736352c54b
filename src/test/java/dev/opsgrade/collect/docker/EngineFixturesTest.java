package dev.opsgrade.collect.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * Engine answers of other API versions than the test engine's (1.22, 1.24, 1.27, 1.47), as recorded
 * upstream: nulls where newer engines send objects, mounts without a Type, a stream of events. See
 * src/test/resources/fixtures/docker/PROVENANCE.md.
 */
class EngineFixturesTest {

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in =
        EngineFixturesTest.class.getResourceAsStream("/fixtures/docker/" + name)) {
      return Json.mapper().readTree(in);
    }
  }

  @Test
  void inspectOfApi147WithHealthAndAVolume() throws IOException {
    DockerContainer c =
        ContainerReader.read(
            "h", fixture("container-inspect-v1.47-example.json"), Optional.empty(), List.of());
    assertThat(c.state()).isEqualTo("running");
    assertThat(c.health()).contains("healthy");
    assertThat(c.healthcheckDefined()).isTrue();
    assertThat(c.lastHealthLog())
        .hasValueSatisfying(
            l -> {
              assertThat(l.exitCode()).isZero();
              assertThat(l.end()).contains(Instant.parse("2019-12-22T10:59:05.8078452Z"));
            });
    assertThat(c.restartPolicy()).isEqualTo("on-failure");
    assertThat(c.restartPolicyMaxRetries()).isEqualTo(2);
    assertThat(c.restartCount()).isEqualTo(1);
    assertThat(c.exitCode()).isEqualTo(9);
    assertThat(c.memoryLimitBytes()).isEmpty();
    assertThat(c.ports()).isEmpty();
    assertThat(c.mounts())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.type()).isEqualTo("volume");
              assertThat(m.destination()).isEqualTo("/data");
              assertThat(m.readWrite()).isFalse();
            });
    assertThat(c.traefikLabels()).isEmpty();
  }

  @Test
  void aCreatedContainerOfApi122WithNulls() throws IOException {
    DockerContainer c =
        ContainerReader.read(
            "h", fixture("container-inspect-nulls-v1.22.json"), Optional.empty(), List.of());
    assertThat(c.name()).isEqualTo("drunk_golick");
    assertThat(c.state()).isEqualTo("created");
    assertThat(c.ports()).isEmpty();
    assertThat(c.securityOptions()).isEmpty();
    assertThat(c.restartPolicy()).isEqualTo("no");
    assertThat(c.startedAt()).isEmpty();
    assertThat(c.finishedAt()).isEmpty();
    assertThat(c.health()).isEmpty();
  }

  @Test
  void theLastOfSeveralHealthLogsAndAStatsSample() throws IOException {
    DockerContainer c =
        ContainerReader.read(
            "h",
            fixture("container-inspect-health-log-v1.24.json"),
            Optional.of(fixture("container-stats-v1.27.json")),
            List.of());
    assertThat(c.lastHealthLog())
        .hasValueSatisfying(l -> assertThat(l.output()).isEqualTo("World"));
    assertThat(c.memoryUsageBytes()).contains(647168L);
  }

  @Test
  void aStreamOfEventsIsTalliedPerContainer() throws IOException {
    EventTally tally = new EventTally();
    try (InputStream in =
            getClass().getResourceAsStream("/fixtures/docker/events-stream-v1.24-docs.json");
        MappingIterator<JsonNode> events = Json.mapper().readerFor(JsonNode.class).readValues(in)) {
      events.forEachRemaining(tally::accept);
    }
    Instant since = Instant.parse("2016-04-28T00:00:00Z");
    DockerEvents result = tally.result("h", since, since.plusSeconds(86400));
    assertThat(result.eventsRead()).isEqualTo(9);
    assertThat(result.oldestEvent()).contains(Instant.ofEpochSecond(1461943101, 301854122));
    assertThat(result.possiblyTruncated()).isFalse();
    assertThat(result.of("my-container"))
        .hasValueSatisfying(
            c -> {
              assertThat(c.dies()).isEqualTo(1);
              assertThat(c.restarts()).isZero(); // died, then destroyed: no start followed
              assertThat(c.ooms()).isZero();
            });
    assertThat(result.containers()).singleElement();
  }
}
