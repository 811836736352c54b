package dev.opsgrade.collect.webapi;

import dev.opsgrade.collect.webapi.WebApiFailure.Kind;
import java.io.IOException;

/** Maps what the HTTP client threw to a failure kind. */
final class Failures {
  private Failures() {}

  static WebApiFailure of(WebApi api, String path, Throwable cause) {
    if (cause instanceof CappedBody.TooLarge) {
      return api.failure(Kind.TOO_LARGE, path, "body larger than " + api.maxBytes() + " bytes");
    }
    if (cause instanceof java.net.http.HttpConnectTimeoutException) {
      if (api.isHttps() && api.tcpConnects()) {
        return api.failure(
            Kind.TIMEOUT,
            path,
            "connected, but no TLS handshake within "
                + api.limit()
                + " (does the port speak TLS?)");
      }
      return api.failure(Kind.TIMEOUT, path, "no connection within " + api.limit());
    }
    if (cause instanceof java.net.http.HttpTimeoutException) {
      return api.failure(Kind.TIMEOUT, path, "no answer within " + api.limit());
    }
    if (cause instanceof javax.net.ssl.SSLException) {
      return api.failure(Kind.UNREACHABLE, path, "TLS failed: " + describe(cause));
    }
    if (cause instanceof java.net.ConnectException) {
      return api.failure(Kind.UNREACHABLE, path, "cannot connect: " + describe(cause));
    }
    if (cause instanceof IOException) {
      return api.failure(Kind.UNREACHABLE, path, "connection failed: " + describe(cause));
    }
    return api.failure(Kind.UNREACHABLE, path, "request failed: " + describe(cause));
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
  }
}
