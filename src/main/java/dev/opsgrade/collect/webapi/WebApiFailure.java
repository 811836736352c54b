package dev.opsgrade.collect.webapi;

import dev.opsgrade.model.CollectorRun;
import java.util.Optional;

/**
 * A remote API that could not be read, with the URL and the reason: down, slow, refusing the
 * credentials, redirecting, sending too much or sending something that is not what it should be.
 * This is evidence, never a crash: collectors turn it into a failed {@link CollectorRun}.
 */
public final class WebApiFailure extends Exception {

  /** Why the request failed. */
  public enum Kind {
    BAD_URL,
    UNREACHABLE,
    TIMEOUT,
    HTTP_STATUS,
    REDIRECT,
    TOO_LARGE,
    NOT_JSON,
    UNEXPECTED
  }

  private final Kind kind;
  private final String url;
  private final Optional<Integer> status;

  public WebApiFailure(Kind kind, String url, String reason, Optional<Integer> status) {
    super(url + ": " + reason);
    this.kind = kind;
    this.url = url;
    this.status = status;
  }

  public static WebApiFailure unexpected(String url, String reason) {
    return new WebApiFailure(Kind.UNEXPECTED, url, reason, Optional.empty());
  }

  public Kind kind() {
    return kind;
  }

  public String url() {
    return url;
  }

  public Optional<Integer> status() {
    return status;
  }

  /** The connection itself failed, so further requests to the same system would fail alike. */
  public boolean systemUnreachable() {
    return kind == Kind.UNREACHABLE || kind == Kind.TIMEOUT || kind == Kind.BAD_URL;
  }

  public CollectorRun.Outcome outcome() {
    return kind == Kind.TIMEOUT ? CollectorRun.Outcome.TIMED_OUT : CollectorRun.Outcome.FAILED;
  }
}
