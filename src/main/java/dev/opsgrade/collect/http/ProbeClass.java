package dev.opsgrade.collect.http;

/** How one probe answer is classified. */
public enum ProbeClass {
  /** 2xx. */
  OK,
  /** A 3xx to the auth portal (Authelia) or a 401 challenge: an auth gate is in front. */
  AUTH_REDIRECT,
  /** 403: an IP allowlist or an access rule said no. */
  FORBIDDEN,
  /** A 3xx to another host that is not the portal (not followed). */
  REDIRECT,
  /** 404 written by the proxy itself: no router matched. */
  NOT_FOUND_AT_PROXY,
  /** Another 4xx, or a 404 from the application. */
  CLIENT_ERROR,
  /** 502, 503 or 504: the proxy could not get an answer from the backend. */
  BAD_GATEWAY,
  /** 500 and other 5xx: the application failed. */
  APP_ERROR,
  /** The certificate was refused (expired, untrusted, another host) or TLS failed. */
  TLS_ERROR,
  DNS_FAILURE,
  REFUSED,
  TIMEOUT,
  /** More redirects than the cap (3), or back to a URL already seen. */
  REDIRECT_LOOP,
  /** A body over the limit read (1 MiB). */
  TOO_LARGE,
  /** Not an HTTP answer. */
  PROTOCOL_ERROR,
  /** No route to the address, or the connection broke. */
  CONNECTION_ERROR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean answered() {
    return ordinal() <= APP_ERROR.ordinal();
  }
}
