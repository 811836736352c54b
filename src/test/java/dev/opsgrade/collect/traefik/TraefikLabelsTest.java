package dev.opsgrade.collect.traefik;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routers read from docker-provider labels as Traefik would name and attach them. */
class TraefikLabelsTest {

  @Test
  void routersTakeTheirRuleEntrypointsTlsMiddlewaresAndService() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("Traefik.HTTP.Routers.Wiki.Rule", " Host(`wiki.lab`) && PathPrefix(`/docs`) ");
    labels.put("traefik.http.routers.wiki.entrypoints", "web, websecure");
    labels.put("traefik.http.routers.wiki.tls.certresolver", "le");
    labels.put("traefik.http.routers.wiki.middlewares", "authelia@file, headers");
    labels.put("traefik.http.routers.api.rule", "Host(`api.lab`)");
    labels.put("traefik.http.routers.api.tls", "false");
    labels.put("traefik.http.routers.api.service", "backend");

    List<TraefikRouter> routers = TraefikLabels.routers(labels, "wiki-app");

    assertThat(routers)
        .extracting(TraefikRouter::name)
        .containsExactly("api@docker", "wiki@docker");
    TraefikRouter api = routers.get(0);
    assertThat(api.tls()).isFalse();
    assertThat(api.service()).isEqualTo("backend");
    assertThat(api.entrypoints()).isEmpty();
    TraefikRouter wiki = routers.get(1);
    assertThat(wiki.source()).isEqualTo(ConfigSource.LABELS);
    assertThat(wiki.status()).isEqualTo("configured");
    assertThat(wiki.hosts()).containsExactly("wiki.lab");
    assertThat(wiki.entrypoints()).containsExactly("web", "websecure");
    assertThat(wiki.tls()).as("a tls.* option turns TLS on").isTrue();
    assertThat(wiki.middlewares()).containsExactly("authelia@file", "headers");
    assertThat(wiki.service()).as("no service label: the compose service").isEqualTo("wiki-app");
    assertThat(wiki.ruleError()).isEmpty();
  }

  @Test
  void aDisabledContainerOrABrokenRuleIsSaidSo() {
    assertThat(
            TraefikLabels.routers(
                Map.of("traefik.enable", "False", "traefik.http.routers.x.rule", "Host(`x.lab`)"),
                "x"))
        .isEmpty();
    assertThat(TraefikLabels.routers(Map.of("traefik.http.routers.x.rule", "Host(`x.lab`"), "x"))
        .singleElement()
        .satisfies(r -> assertThat(r.ruleError()).isPresent());
  }
}
