package dev.opsgrade.collect.traefik;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.inventory.Inventory;
import java.util.List;

/**
 * Reads the proxy's routers, services, middlewares, entrypoints and overview from its API, and the
 * same kinds of configuration from the rules directory, so routes are known when the API is down
 * and routes in files that the proxy did not load can be told apart.
 */
public final class TraefikCollector implements Collector {
  public static final String NAME = "traefik";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return TraefikReader.spec(inventory).isPresent();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    TraefikReading reading = TraefikReader.read(inventory, context);
    reading.api().ifPresent(api -> apiFacts(api, context));
    String apiTarget = reading.apiUrl().orElse("proxy.traefik.api");
    if (reading.apiUrl().isPresent()) {
      if (reading.api().isEmpty()) {
        TraefikReading.Failure failure = reading.apiFailures().getFirst();
        context.run(
            NAME,
            apiTarget,
            failure.timedOut() ? CollectorRun.Outcome.TIMED_OUT : CollectorRun.Outcome.FAILED,
            failure.detail());
      } else if (!reading.apiFailures().isEmpty()) {
        context.run(
            NAME,
            apiTarget,
            CollectorRun.Outcome.PARTIAL,
            String.join(
                "; ", reading.apiFailures().stream().map(TraefikReading.Failure::detail).toList()));
      } else {
        context.run(
            NAME,
            apiTarget,
            CollectorRun.Outcome.OK,
            reading.api().get().routers().size() + " HTTP routers" + notLoaded(reading));
      }
    }
    if (!reading.labelRouters().isEmpty()) {
      context.run(
          NAME,
          "compose labels",
          CollectorRun.Outcome.OK,
          reading.labelRouters().size() + " routers in the compose files' Traefik labels");
    }
    reading
        .rulesFailure()
        .ifPresent(
            why -> context.run(NAME, "proxy.traefik.rules_dir", CollectorRun.Outcome.FAILED, why));
    reading.rules().ifPresent(rules -> rulesFacts(rules, context));
  }

  private static String notLoaded(TraefikReading reading) {
    List<String> names = reading.notLoaded().stream().map(TraefikRouter::name).toList();
    return names.isEmpty() ? "" : "; configured but not loaded: " + String.join(", ", names);
  }

  private static void apiFacts(TraefikReading.Api api, CollectContext context) {
    api.routers()
        .forEach(
            r ->
                context.fact(
                    "api:" + r.name(),
                    Location.url(api.url() + "/api/http/routers/" + r.name()),
                    r));
    api.services()
        .forEach(
            s ->
                context.fact(
                    "api:" + s.name(),
                    Location.url(api.url() + "/api/http/services/" + s.name()),
                    s));
    api.middlewares()
        .forEach(
            m ->
                context.fact(
                    "api:" + m.name(),
                    Location.url(api.url() + "/api/http/middlewares/" + m.name()),
                    m));
    api.entrypoints()
        .forEach(
            e ->
                context.fact(
                    e.name(), Location.url(api.url() + "/api/entrypoints/" + e.name()), e));
    api.overview()
        .ifPresent(o -> context.fact("overview", Location.url(api.url() + "/api/overview"), o));
    context.fact(
        "traefik.routers",
        Location.url(api.url() + "/api/http/routers"),
        Measurement.of("traefik.routers", api.routers().size(), NAME));
  }

  private static void rulesFacts(RulesDirectory.Read rules, CollectContext context) {
    rules
        .routers()
        .forEach(
            e ->
                context.fact(
                    "file:" + e.record().name(), Location.file(e.file(), e.line()), e.record()));
    rules
        .middlewares()
        .forEach(
            e ->
                context.fact(
                    "file:" + e.record().name(), Location.file(e.file(), e.line()), e.record()));
    rules
        .services()
        .forEach(
            e ->
                context.fact(
                    "file:" + e.record().name(), Location.file(e.file(), e.line()), e.record()));
    for (RulesDirectory.Problem problem : rules.problems()) {
      context.run(
          NAME,
          problem.file(),
          CollectorRun.Outcome.FAILED,
          problem.file()
              + ":"
              + problem.line()
              + ":"
              + problem.column()
              + ": "
              + problem.message());
    }
    context.run(
        NAME,
        "proxy.traefik.rules_dir",
        rules.problems().isEmpty() ? CollectorRun.Outcome.OK : CollectorRun.Outcome.PARTIAL,
        rules.files().size()
            + " files, "
            + rules.routers().size()
            + " routers, "
            + rules.middlewares().size()
            + " middlewares");
  }
}
