package dev.opsgrade.collect.traefik;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.SecretReader;
import dev.opsgrade.collect.net.ChainInspector;
import dev.opsgrade.collect.net.Dial;
import dev.opsgrade.collect.net.HostResolver;
import dev.opsgrade.collect.net.HttpWire;
import dev.opsgrade.collect.net.Limits;
import dev.opsgrade.collect.net.Resolution;
import dev.opsgrade.collect.net.WireException;
import dev.opsgrade.collect.net.WireResponse;
import dev.opsgrade.model.inventory.ProxySpec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client of Traefik's read-only API: GET only, basic auth when configured, TLS judged like a
 * browser would (the credentials are never sent to a server whose certificate is refused), each
 * body at most 16 MiB, list endpoints followed through their pages (X-Next-Page).
 */
public final class TraefikApi {
  private static final long MAX_BODY = 16L * 1024 * 1024;
  private static final int MAX_PAGES = 100;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final Map<String, String> headers;
  private final HostResolver resolver;
  private final ChainInspector inspector;
  private final CollectContext context;
  private final Duration timeout;

  /** Why a request failed: the URL and the reason, ready for a CollectorRun. */
  public static final class ApiException extends Exception {
    private final boolean timedOut;

    ApiException(String message, boolean timedOut) {
      super(message);
      this.timedOut = timedOut;
    }

    public boolean timedOut() {
      return timedOut;
    }
  }

  private TraefikApi(
      URI base,
      Map<String, String> headers,
      HostResolver resolver,
      ChainInspector inspector,
      CollectContext context,
      Duration timeout) {
    this.base = base;
    this.headers = headers;
    this.resolver = resolver;
    this.inspector = inspector;
    this.context = context;
    this.timeout = timeout;
  }

  public static TraefikApi open(
      ProxySpec.Traefik spec,
      String api,
      CollectContext context,
      HostResolver resolver,
      ChainInspector inspector,
      Duration timeout)
      throws ApiException {
    URI base;
    try {
      base = new URI(api.replaceAll("/+$", "").replaceAll("/api$", ""));
    } catch (URISyntaxException e) {
      throw new ApiException("proxy.traefik.api \"" + api + "\" is not a URL", false);
    }
    if (base.getHost() == null
        || !List.of("http", "https").contains(String.valueOf(base.getScheme()))) {
      throw new ApiException("proxy.traefik.api \"" + api + "\" is not an http(s) URL", false);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (spec.basicAuth().isPresent()) {
      SecretReader.Result password = SecretReader.read(spec.basicAuth().get().password(), context);
      if (password.value().isEmpty()) {
        throw new ApiException("the API password cannot be read: " + password.problem(), false);
      }
      String pair = spec.basicAuth().get().user() + ":" + password.value().get();
      headers.put(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return new TraefikApi(base, headers, resolver, inspector, context, timeout);
  }

  public String url(String path) {
    return base + path;
  }

  /** One object (GET /api/overview). */
  public JsonNode object(String path) throws ApiException {
    return parse(path, fetch(path).body());
  }

  /** Every element of a paged list (GET /api/http/routers). */
  public List<JsonNode> list(String path) throws ApiException {
    List<JsonNode> all = new ArrayList<>();
    int page = 1;
    for (int pages = 0; pages < MAX_PAGES; pages++) {
      String paged = path + "?per_page=100&page=" + page;
      WireResponse response = fetch(paged);
      JsonNode body = parse(paged, response.body());
      if (!body.isArray()) {
        throw new ApiException(url(paged) + " answered JSON that is not a list", false);
      }
      body.values().forEach(all::add);
      int next = response.header("X-Next-Page").map(TraefikApi::pageNumber).orElse(1);
      if (next <= page) {
        return List.copyOf(all);
      }
      page = next;
    }
    throw new ApiException(url(path) + " has more than " + MAX_PAGES + " pages", false);
  }

  private WireResponse fetch(String path) throws ApiException {
    boolean tls = base.getScheme().equals("https");
    int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
    Resolution resolution = resolver.resolve(base.getHost());
    if (!resolution.resolved()) {
      throw new ApiException(
          url(path)
              + ": "
              + base.getHost()
              + " does not resolve ("
              + resolution.outcome()
              + " "
              + resolution.detail()
              + ")",
          false);
    }
    Dial dial =
        new Dial(
            base.getHost(),
            port,
            new InetSocketAddress(resolution.addresses().getFirst(), port),
            tls);
    String fullPath = (base.getRawPath() == null ? "" : base.getRawPath()) + path;
    try {
      WireResponse response =
          HttpWire.get(
              dial, fullPath, headers, Limits.api(timeout, MAX_BODY), inspector.gate(context::now));
      if (response.status() == 401 || response.status() == 403) {
        throw new ApiException(
            url(path)
                + " answered "
                + response.status()
                + ": the API credentials are missing or wrong",
            false);
      }
      if (response.status() != 200) {
        throw new ApiException(
            url(path) + " answered " + response.status() + " " + response.reason(), false);
      }
      return response;
    } catch (WireException e) {
      throw new ApiException(
          url(path) + ": " + e.getMessage(), e.failure() == WireException.Failure.TIMEOUT);
    }
  }

  private JsonNode parse(String path, byte[] body) throws ApiException {
    try {
      return JSON.readTree(body);
    } catch (JacksonException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new ApiException(url(path) + " answered something that is not JSON" + where, false);
    }
  }

  private static int pageNumber(String header) {
    try {
      return Integer.parseInt(header.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
