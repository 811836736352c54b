package dev.opsgrade.collect.http;

import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.collect.net.WireException;
import dev.opsgrade.collect.net.WireResponse;
import java.util.Locale;
import java.util.Optional;

/** Names what an answer is. Facts, not judgement: whether it was expected is the checks' call. */
final class Classifier {
  private final Optional<String> portalHost;

  Classifier(Optional<String> portalHost) {
    this.portalHost = portalHost;
  }

  ProbeClass of(WireResponse response, UrlParts asked) {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return ProbeClass.OK;
    }
    if (status == 401) {
      return ProbeClass.AUTH_REDIRECT;
    }
    if (status >= 300 && status < 400) {
      return toPortal(response, asked) ? ProbeClass.AUTH_REDIRECT : ProbeClass.REDIRECT;
    }
    if (status == 403) {
      return ProbeClass.FORBIDDEN;
    }
    if (status == 404) {
      return proxyNotFound(response) ? ProbeClass.NOT_FOUND_AT_PROXY : ProbeClass.CLIENT_ERROR;
    }
    if (status == 502 || status == 503 || status == 504) {
      return ProbeClass.BAD_GATEWAY;
    }
    if (status >= 500) {
      return ProbeClass.APP_ERROR;
    }
    return status >= 400 ? ProbeClass.CLIENT_ERROR : ProbeClass.PROTOCOL_ERROR;
  }

  /** A redirect to the auth portal, or carrying the "rd" return URL Authelia's portal takes. */
  boolean toPortal(WireResponse response, UrlParts asked) {
    Optional<UrlParts> target = response.header("location").flatMap(asked::resolve);
    if (target.isEmpty()) {
      return false;
    }
    boolean portal = portalHost.map(p -> p.equalsIgnoreCase(target.get().host())).orElse(false);
    boolean returnUrl = target.get().path().matches(".*[?&]rd=.*");
    return portal || (returnUrl && !target.get().host().equalsIgnoreCase(asked.host()));
  }

  static ProbeClass of(WireException.Failure failure) {
    return switch (failure) {
      case REFUSED -> ProbeClass.REFUSED;
      case TIMEOUT -> ProbeClass.TIMEOUT;
      case TLS -> ProbeClass.TLS_ERROR;
      case TOO_LARGE -> ProbeClass.TOO_LARGE;
      case PROTOCOL -> ProbeClass.PROTOCOL_ERROR;
      case UNREACHABLE, IO -> ProbeClass.CONNECTION_ERROR;
    };
  }

  /**
   * Traefik's "404 page not found" or nginx's own error page: no router or server block matched.
   */
  private static boolean proxyNotFound(WireResponse response) {
    String body = response.bodyText().toLowerCase(Locale.ROOT);
    return body.trim().equals("404 page not found") || body.contains("<center>nginx");
  }
}
