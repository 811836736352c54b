package dev.opsgrade.collect.webapi;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.model.CollectorRun;
import java.util.Optional;

/**
 * Reads the parts of one system's API (targets, rules, flags...) and records for each what
 * happened, as a collector run whose target is the part's URL. Once the system proves unreachable,
 * the remaining parts are recorded as not read, with that reason, instead of waiting on each.
 */
public final class ApiParts {
  private final String collector;
  private final CollectContext context;
  private final WebApi api;
  private Optional<WebApiFailure> unreachable = Optional.empty();

  public ApiParts(String collector, CollectContext context, WebApi api) {
    this.collector = collector;
    this.context = context;
    this.api = api;
  }

  /** One call against the API; it may throw a failure, which the part records. */
  public interface Call<T> {
    T call() throws WebApiFailure;
  }

  public <T> Optional<T> read(String path, Call<T> call) {
    String url = api.url(path);
    if (unreachable.isPresent()) {
      WebApiFailure first = unreachable.get();
      context.run(collector, url, first.outcome(), "not read: " + first.getMessage());
      return Optional.empty();
    }
    try {
      T value = call.call();
      context.run(collector, url, CollectorRun.Outcome.OK, "read");
      return Optional.of(value);
    } catch (WebApiFailure failure) {
      context.run(collector, url, failure.outcome(), failure.getMessage());
      if (failure.systemUnreachable()) {
        unreachable = Optional.of(failure);
      }
      return Optional.empty();
    }
  }

  public boolean anyUnreachable() {
    return unreachable.isPresent();
  }

  public WebApi api() {
    return api;
  }
}
