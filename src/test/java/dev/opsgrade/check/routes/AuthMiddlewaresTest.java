package dev.opsgrade.check.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.traefik.TraefikLabels;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthMiddlewaresTest {

  @ParameterizedTest
  @CsvSource({
    "authelia@file, true",
    "authelia, true",
    "chain-authelia@file, true",
    "chain-oauth@file, true",
    "middlewares-authelia@file, true",
    "Authentik@docker, true",
    "oauth2-proxy, true",
    "rate-limit@file, false",
    "secure-headers, false",
    "redirect-to-https@file, false"
  })
  void judgesMiddlewaresDefinedElsewhereByName(String reference, boolean auth) {
    assertThat(AuthMiddlewares.isAuth(reference, Map.of())).isEqualTo(auth);
  }

  @Test
  void judgesMiddlewaresDefinedInLabelsByTypeAndFollowsChains() {
    Map<String, TraefikLabels.Middleware> defined =
        TraefikLabels.middlewares(
            Map.of(
                "traefik.http.middlewares.gate.forwardauth.address", "http://authelia:9091",
                "traefik.http.middlewares.digest.digestAuth.users", "u:r:h",
                "traefik.http.middlewares.auth-headers.headers.frameDeny", "true",
                "traefik.http.middlewares.loop.chain.middlewares", "loop,limit",
                "traefik.http.middlewares.protected.chain.middlewares", "limit, gate"));

    assertThat(AuthMiddlewares.isAuth("gate@docker", defined)).isTrue();
    assertThat(AuthMiddlewares.isAuth("digest", defined)).isTrue();
    assertThat(AuthMiddlewares.isAuth("protected", defined)).isTrue();
    assertThat(AuthMiddlewares.isAuth("auth-headers", defined)).isFalse();
    assertThat(AuthMiddlewares.isAuth("loop", defined)).isFalse();
    // the same name from the file provider is another middleware: judged by its name
    assertThat(AuthMiddlewares.isAuth("gate@file", defined)).isFalse();
  }

  @Test
  void readsRoutersAndTheEnableSwitchCaseInsensitively() {
    Map<String, String> labels =
        Map.of(
            "Traefik.Enable", "False",
            "traefik.http.routers.app.middlewares", "a@file, b",
            "traefik.http.routers.app.rule", "Host(`app`)");

    assertThat(TraefikLabels.enabled(labels)).isFalse();
    assertThat(TraefikLabels.routerMiddlewares(labels))
        .containsEntry("app", java.util.List.of("a@file", "b"));
  }
}
