package dev.opsgrade.collect.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.collect.testing.FixtureServer.Fixtures;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.Json;
import org.junit.jupiter.api.Test;

/** ntfy poll streams and Gotify message pages, in the shapes their API references document. */
class ObserverAnswersTest {
  static final String RUN = "5d1c0a3e-7b7e-4a44-9a55-2f0c8f1e4b21";

  @Test
  void ntfyFindsTheMessageMentioningTheRunAmongOtherEvents() {
    assertThat(NtfyObserver.find(Fixtures.read("ntfy/poll-with-test-alert.ndjson"), RUN))
        .contains("sPs71M8A2T");
    assertThat(NtfyObserver.find(Fixtures.read("ntfy/poll-stream-events.ndjson"), RUN)).isEmpty();
    assertThat(NtfyObserver.find(Fixtures.read("ntfy/poll-empty.ndjson"), RUN)).isEmpty();
    assertThat(
            NtfyObserver.find(
                "{\"event\":\"open\",\"topic\":\"" + RUN + "\"}\nnot json " + RUN, RUN))
        .isEmpty();
  }

  @Test
  void gotifyFindsTheMessageMentioningTheRun() throws WebApiFailure {
    assertThat(GotifyObserver.find(read("gotify/messages-with-test-alert.json"), RUN, "u"))
        .contains("26");
    assertThat(GotifyObserver.find(read("gotify/messages-empty.json"), RUN, "u")).isEmpty();
    assertThatThrownBy(
            () ->
                GotifyObserver.find(
                    read("gotify/error-unauthorized.json"), RUN, "http://g/message"))
        .hasMessageContaining("http://g/message")
        .hasMessageContaining("no messages array");
  }

  private static tools.jackson.databind.JsonNode read(String fixture) {
    return Json.mapper().readTree(Fixtures.read(fixture));
  }
}
