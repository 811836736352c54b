package dev.opsgrade.init;

import java.util.ArrayList;
import java.util.List;

/** What init tells the user: what it found, and what is left for them to fill in or confirm. */
record InitSummary(List<String> found, List<String> todo) {

  static InitSummary of(Discovery d) {
    List<String> found = new ArrayList<>();
    List<String> todo = new ArrayList<>();
    switch (d.engine()) {
      case DockerEngineProbe.Answered a -> found.add(d.hosts().get(0).comment());
      case DockerEngineProbe.Unavailable u ->
          found.add("no Docker Engine at " + u.endpoint() + ": " + u.reason());
    }
    for (Discovery.Host host : d.hosts()) {
      List<String> files =
          host.compose().stream()
              .filter(Discovery.ComposeEntry::exists)
              .map(c -> c.path())
              .toList();
      found.add(
          "host "
              + host.name()
              + ": "
              + (files.isEmpty() ? "no compose file here" : String.join(", ", files)));
      if (host.docker().isEmpty()) {
        todo.add(
            "hosts." + host.name() + ".docker: how to reach its Docker Engine (ssh://user@host)");
      }
    }
    d.unreadable()
        .forEach(problem -> todo.add("fix " + problem + " (docker compose config shows the same)"));
    d.traefik().ifPresent(t -> traefik(t, found, todo));
    d.authelia().ifPresent(a -> found.add("Authelia: " + a.where()));
    d.monitoring()
        .forEach(
            (role, url) -> {
              found.add(role.id() + ": " + url.value() + " (" + url.reason() + ")");
              todo.add(
                  "monitoring."
                      + role.id()
                      + ".url: "
                      + (url.usable()
                          ? "confirm " + url.value()
                          : "not reachable from here; publish it on 127.0.0.1 or route it"));
            });
    if (d.monitoring().containsKey(Role.GRAFANA)) {
      todo.add(
          "GRAFANA_TOKEN: a read-only Grafana service-account token, in the environment or .env");
    }
    d.repos().forEach(r -> found.add("git repository: " + r));
    d.docs()
        .ifPresentOrElse(
            docs -> found.add("docs: " + docs.path()),
            () -> todo.add("docs.path: the folder of your runbooks and notes"));
    todo.add("backup, dr, endpoints, phases: see docs/configuration.md");
    return new InitSummary(List.copyOf(found), List.copyOf(todo));
  }

  private static void traefik(Discovery.Traefik t, List<String> found, List<String> todo) {
    found.add(
        "Traefik: "
            + t.where()
            + t.api().map(a -> ", API " + a.value()).orElse("")
            + t.rulesDir().map(r -> ", rules in " + r).orElse(""));
    if (t.api().isEmpty() || !t.api().get().usable()) {
      todo.add("proxy.traefik.api: Traefik's API URL (enable the API and route or publish it)");
    } else {
      todo.add("proxy.traefik.api: confirm " + t.api().get().value() + " (and auth, if it asks)");
    }
  }
}
