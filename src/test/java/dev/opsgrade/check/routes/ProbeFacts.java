package dev.opsgrade.check.routes;

import dev.opsgrade.collect.authelia.AutheliaAccessControl;
import dev.opsgrade.collect.dns.DnsLookup;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.collect.net.Resolution;
import dev.opsgrade.collect.tls.TlsCertificate;
import dev.opsgrade.collect.traefik.ConfigSource;
import dev.opsgrade.collect.traefik.TraefikMiddleware;
import dev.opsgrade.collect.traefik.TraefikRouter;
import dev.opsgrade.collect.traefik.TraefikRule;
import dev.opsgrade.collect.traefik.TraefikService;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.testing.TestInventory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Availability evidence built the way the collectors store it (records as JSON facts in a bundle,
 * read back through {@link Evidence}), for checks and reports that need exact, repeatable facts.
 */
public final class ProbeFacts {
  public static final Instant AT = Instant.parse("2026-11-25T12:00:00Z");
  private final List<Fact> facts = new ArrayList<>();
  private final List<CollectorRun> runs = new ArrayList<>();
  private Inventory inventory = new TestInventory().rulesDir("rules").build();

  public ProbeFacts inventory(Inventory value) {
    inventory = value;
    return this;
  }

  public ProbeFacts router(
      String name, ConfigSource source, String host, String service, String... middlewares) {
    String rule = "Host(`" + host + "`)";
    String provider = name.substring(name.indexOf('@') + 1);
    TraefikRouter router =
        new TraefikRouter(
            name,
            provider,
            source,
            rule,
            TraefikRule.parse(rule).alternatives(),
            Optional.empty(),
            List.of("websecure"),
            true,
            Arrays.asList(middlewares),
            service,
            source == ConfigSource.API ? "enabled" : "configured",
            List.of());
    Location at =
        source == ConfigSource.API
            ? Location.url("http://traefik.lab/api/http/routers/" + name)
            : Location.file("rules/routes.yml", 3 + facts.size());
    return fact(source.name().toLowerCase() + ":" + name, at, router);
  }

  public ProbeFacts middleware(
      String name, ConfigSource source, String type, List<String> chain, Optional<String> address) {
    String provider = name.substring(name.indexOf('@') + 1);
    return fact(
        source.name().toLowerCase() + ":" + name,
        Location.file("rules/middlewares.yml", 2),
        new TraefikMiddleware(
            name,
            provider,
            source,
            type,
            "enabled",
            chain,
            address,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            List.of()));
  }

  public ProbeFacts service(String name, String... serverStatus) {
    List<TraefikService.Server> servers = new ArrayList<>();
    for (int i = 0; i < serverStatus.length; i += 2) {
      servers.add(new TraefikService.Server(serverStatus[i], serverStatus[i + 1]));
    }
    return fact(
        "api:" + name,
        Location.url("http://traefik.lab/api/http/services/" + name),
        new TraefikService(
            name,
            name.substring(name.indexOf('@') + 1),
            ConfigSource.API,
            "loadbalancer",
            "enabled",
            servers,
            List.of(),
            List.of()));
  }

  /** A probe whose samples all ended as {@code outcome} with {@code status} in {@code millis}. */
  public ProbeFacts probe(
      HttpProbe.Kind kind,
      String router,
      String url,
      ProbeClass outcome,
      int status,
      long... millis) {
    return probe(kind, router, url, outcome, status, Optional.empty(), Optional.empty(), millis);
  }

  public ProbeFacts probe(
      HttpProbe.Kind kind,
      String router,
      String url,
      ProbeClass outcome,
      int status,
      Optional<String> location,
      Optional<String> hsts,
      long... millis) {
    String host = UrlText.host(url).orElseThrow();
    List<HttpProbe.Sample> samples = new ArrayList<>();
    for (long ms : millis) {
      samples.add(
          new HttpProbe.Sample(
              outcome,
              status > 0 ? Optional.of(status) : Optional.empty(),
              ms,
              status + " " + outcome.label()));
    }
    List<Long> timed =
        samples.size() > 1
            ? Arrays.stream(millis).skip(1).sorted().boxed().toList()
            : Arrays.stream(millis).boxed().toList();
    Optional<Long> p95 =
        outcome.answered() && !timed.isEmpty() ? Optional.of(timed.getLast()) : Optional.empty();
    Optional<Long> p50 =
        outcome.answered() && !timed.isEmpty()
            ? Optional.of(timed.get((timed.size() - 1) / 2))
            : Optional.empty();
    HttpProbe probe =
        new HttpProbe(
            kind,
            host,
            url,
            "127.0.0.1:443",
            router.isEmpty() ? Optional.empty() : Optional.of(router),
            Optional.empty(),
            Optional.empty(),
            outcome,
            status > 0 ? Optional.of(status) : Optional.empty(),
            samples,
            p50,
            p95,
            location,
            Optional.empty(),
            hsts,
            Optional.empty(),
            List.of(url),
            status + " " + outcome.label());
    return fact(kind.name().toLowerCase() + ":" + router + " " + url, Location.url(url), probe);
  }

  public ProbeFacts tls(String host, Instant notAfter, String... problems) {
    TlsCertificate cert =
        new TlsCertificate(
            host,
            "https://" + host + "/",
            "127.0.0.1:443",
            Optional.empty(),
            Optional.of("CN=" + host),
            Optional.of("CN=Lab CA"),
            List.of(host),
            Optional.of(notAfter.minusSeconds(90L * 86400)),
            Optional.of(notAfter),
            false,
            problems.length == 0,
            Optional.empty(),
            true,
            List.of("CN=" + host),
            List.of(problems));
    return fact(host, Location.url("https://" + host + "/"), cert);
  }

  public ProbeFacts dns(String host, Resolution.Outcome outcome, String... addresses) {
    return fact(
        host,
        Location.url("dns:" + host),
        new DnsLookup(
            host,
            "127.0.0.1:53",
            outcome,
            List.of(addresses),
            outcome == Resolution.Outcome.RESOLVED ? "" : "NXDOMAIN",
            3));
  }

  public ProbeFacts authelia(String defaultPolicy, AutheliaAccessControl.Rule... rules) {
    return fact(
        "authelia.yml",
        Location.file("authelia.yml", 1),
        new AutheliaAccessControl("authelia.yml", defaultPolicy, Map.of(), List.of(rules)));
  }

  public static AutheliaAccessControl.Rule rule(int index, String domain, String policy) {
    return new AutheliaAccessControl.Rule(
        index,
        10 + 2 * index,
        List.of(domain),
        List.of(),
        policy,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  public ProbeFacts run(
      String collector, CollectorRun.Outcome outcome, String target, String detail) {
    runs.add(new CollectorRun(collector, target, outcome, detail));
    return this;
  }

  public Evidence evidence() {
    return new Evidence(
        new EvidenceBundle(
            EvidenceBundle.FORMAT_VERSION,
            "test",
            AT,
            inventory,
            List.copyOf(runs),
            List.copyOf(facts)));
  }

  private ProbeFacts fact(String subject, Location location, Object data) {
    String kind = Evidence.kindOf(data.getClass());
    facts.add(
        new Fact(
            kind + ":" + subject,
            kind,
            subject,
            Provenance.of(kind.substring(0, kind.indexOf('.')), location, AT),
            Json.toTree(data)));
    return this;
  }
}
