package dev.opsgrade.collect.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.collect.net.WireResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words a probe's answer is reported with. */
class ExchangeDescribeTest {
  private static final UrlParts ASKED = UrlParts.parse("http://grafana.lab/").orElseThrow();

  private static WireResponse redirect(String location) {
    return new WireResponse(
        302,
        "Found",
        Map.of("location", List.of(location)),
        new byte[0],
        0,
        List.of(),
        Duration.ofMillis(5));
  }

  @Test
  void aRelativeRedirectIsOnTheSameHostNotAnother() {
    assertThat(Exchange.describe(redirect("/login"), ProbeClass.REDIRECT, ASKED))
        .isEqualTo("302 Found to /login (same host, not followed)");
    assertThat(Exchange.describe(redirect("https://grafana.lab/login"), ProbeClass.REDIRECT, ASKED))
        .endsWith("(same host, not followed)");
  }

  @Test
  void aRedirectToAnotherHostSaysSo() {
    assertThat(Exchange.describe(redirect("https://sso.other.lab/"), ProbeClass.REDIRECT, ASKED))
        .isEqualTo("302 Found to https://sso.other.lab/ (another host, not followed)");
  }
}
