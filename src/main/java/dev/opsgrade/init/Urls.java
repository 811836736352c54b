package dev.opsgrade.init;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a service can be reached from here: through a Traefik route, a published port, or not. */
final class Urls {
  private static final Pattern ROUTER_RULE =
      Pattern.compile("^traefik\\.http\\.routers\\.([^.]+)\\.rule$");
  private static final Pattern HOST = Pattern.compile("Host\\(\\s*`([A-Za-z0-9.-]+)`");
  private static final Pattern PLAIN_HOST =
      Pattern.compile("[A-Za-z0-9._-]+|\\[?[0-9A-Fa-f:.]+\\]?");

  private Urls() {}

  static Suggestion of(ServiceView service, int containerPort) {
    return routed(service, Optional.empty())
        .or(() -> published(service, containerPort))
        .orElseGet(
            () ->
                new Suggestion(
                    "http://" + service.name() + ":" + containerPort,
                    service.name()
                        + " ("
                        + service.where()
                        + ") is neither routed nor published: reachable only inside its compose"
                        + " network",
                    false));
  }

  /** The https URL of a router of the service (one serving {@code backend}, if given). */
  static Optional<Suggestion> routed(ServiceView service, Optional<String> backend) {
    Map<String, String> labels = service.labels();
    return labels.keySet().stream()
        .sorted(Comparator.naturalOrder())
        .map(ROUTER_RULE::matcher)
        .filter(Matcher::matches)
        .filter(
            m ->
                backend.isEmpty()
                    || backend
                        .get()
                        .equals(labels.get("traefik.http.routers." + m.group(1) + ".service")))
        .flatMap(
            m -> {
              Matcher host = HOST.matcher(labels.get(m.group()));
              return host.find()
                  ? java.util.stream.Stream.of(
                      new Suggestion(
                          "https://" + host.group(1),
                          "Traefik router " + m.group(1) + " of " + service.where(),
                          true))
                  : java.util.stream.Stream.empty();
            })
        .findFirst();
  }

  static Optional<Suggestion> published(ServiceView service, int containerPort) {
    return service.ports().stream()
        .filter(p -> p.containerPort() == containerPort)
        .findFirst()
        .map(
            p ->
                new Suggestion(
                    "http://" + hostAddress(p.hostIp()) + ":" + p.hostPort(),
                    "port " + p.hostPort() + " published by " + service.where(),
                    true));
  }

  private static String hostAddress(String hostIp) {
    String ip = hostIp.strip();
    boolean everywhere =
        ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::") || ip.equals("[::]");
    if (everywhere || !PLAIN_HOST.matcher(ip).matches()) {
      return "127.0.0.1";
    }
    return ip.contains(":") && !ip.startsWith("[") ? "[" + ip + "]" : ip;
  }
}
