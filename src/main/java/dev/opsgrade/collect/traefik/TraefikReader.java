package dev.opsgrade.collect.traefik;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.net.ChainInspector;
import dev.opsgrade.collect.net.HostResolver;
import dev.opsgrade.collect.net.TrustAnchors;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProxySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads the proxy's API and its rules directory into a {@link TraefikReading}. Never throws. */
public final class TraefikReader {
  private TraefikReader() {}

  public static Optional<ProxySpec.Traefik> spec(Inventory inventory) {
    return inventory.proxy().flatMap(ProxySpec::traefik);
  }

  /** The probes' trust: the JDK's CAs plus probe.ca; an unreadable probe.ca is a failure. */
  public static ChainInspector inspector(Inventory inventory, CollectContext context)
      throws IOException {
    Optional<String> ca = inventory.probe().ca();
    return new ChainInspector(
        ca.isEmpty() ? TrustAnchors.jdk() : TrustAnchors.withExtra(context.resolve(ca.get())));
  }

  public static TraefikReading read(Inventory inventory, CollectContext context) {
    Optional<ProxySpec.Traefik> spec = spec(inventory);
    if (spec.isEmpty()) {
      return new TraefikReading(
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          List.of());
    }
    List<TraefikReading.Failure> failures = new ArrayList<>();
    Optional<TraefikReading.Api> api =
        spec.get().api().flatMap(url -> readApi(inventory, spec.get(), url, context, failures));
    Optional<RulesDirectory.Read> rules = Optional.empty();
    Optional<String> rulesFailure = Optional.empty();
    if (spec.get().rulesDir().isPresent()) {
      Path dir = context.resolve(spec.get().rulesDir().get());
      try {
        if (!Files.isDirectory(dir)) {
          throw new IOException("not a directory");
        }
        rules = Optional.of(RulesDirectory.read(dir, variables(context), context::relative));
      } catch (IOException e) {
        rulesFailure =
            Optional.of(
                "proxy.traefik.rules_dir "
                    + context.relative(dir)
                    + " cannot be read: "
                    + e.getMessage());
      }
    }
    return new TraefikReading(
        spec.get().api(),
        api,
        List.copyOf(failures),
        rules,
        rulesFailure,
        LabelRouters.read(inventory, context));
  }

  private static Optional<TraefikReading.Api> readApi(
      Inventory inventory,
      ProxySpec.Traefik spec,
      String url,
      CollectContext context,
      List<TraefikReading.Failure> failures) {
    TraefikApi api;
    try {
      HostResolver resolver =
          HostResolver.of(inventory.probe().resolvers(), inventory.probe().timeout());
      api =
          TraefikApi.open(
              spec,
              url,
              context,
              resolver,
              inspector(inventory, context),
              inventory.probe().timeout());
    } catch (TraefikApi.ApiException e) {
      failures.add(new TraefikReading.Failure("", e.getMessage(), false));
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      failures.add(new TraefikReading.Failure("", e.getMessage(), false));
      return Optional.empty();
    }
    List<TraefikRouter> routers;
    try {
      routers =
          api.list("/api/http/routers").stream()
              .map(n -> DynamicConfig.router(name(n), provider(n), ConfigSource.API, n))
              .toList();
    } catch (TraefikApi.ApiException e) {
      failures.add(new TraefikReading.Failure("/api/http/routers", e.getMessage(), e.timedOut()));
      return Optional.empty();
    }
    List<TraefikService> services =
        list(api, "/api/http/services", failures).stream()
            .map(n -> DynamicConfig.service(name(n), provider(n), ConfigSource.API, n))
            .toList();
    List<TraefikMiddleware> middlewares =
        list(api, "/api/http/middlewares", failures).stream()
            .map(n -> DynamicConfig.middleware(name(n), provider(n), ConfigSource.API, n))
            .toList();
    List<TraefikEntrypoint> entrypoints =
        list(api, "/api/entrypoints", failures).stream()
            .map(
                n -> new TraefikEntrypoint(Nodes.text(n, "name", ""), Nodes.text(n, "address", "")))
            .toList();
    Optional<TraefikOverview> overview = Optional.empty();
    try {
      overview = Optional.of(Overview.of(api.object("/api/overview")));
    } catch (TraefikApi.ApiException e) {
      failures.add(new TraefikReading.Failure("/api/overview", e.getMessage(), e.timedOut()));
    }
    return Optional.of(
        new TraefikReading.Api(api.url(""), routers, services, middlewares, overview, entrypoints));
  }

  private static List<JsonNode> list(
      TraefikApi api, String path, List<TraefikReading.Failure> failures) {
    try {
      return api.list(path);
    } catch (TraefikApi.ApiException e) {
      failures.add(new TraefikReading.Failure(path, e.getMessage(), e.timedOut()));
      return List.of();
    }
  }

  private static String name(JsonNode node) {
    return Nodes.text(node, "name", "");
  }

  private static String provider(JsonNode node) {
    return Nodes.text(node, "provider").orElse(DynamicConfig.providerOf(name(node), "unknown"));
  }

  /** A template variable as the inventory's ${VAR} sees it: the environment, then .env beside. */
  private static java.util.function.Function<String, Optional<String>> variables(
      CollectContext context) {
    return name -> {
      try {
        return Optional.of(
            dev.opsgrade.config.SecretResolver.resolve(
                dev.opsgrade.model.inventory.SecretRef.env(name),
                context.baseDir(),
                context.environment()));
      } catch (dev.opsgrade.config.SecretException e) {
        return Optional.empty();
      }
    };
  }
}
