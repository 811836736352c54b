package dev.opsgrade.collect.contabo;

import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Request;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Contabo's token endpoint and compute API on loopback, answering with the fixtures in
 * fixtures/contabo (shapes of Contabo's API reference). It behaves as the real one does where the
 * tests need it: tokens only for the right client and API user, each valid for its lifetime by the
 * shared clock, 401 for an expired or unknown token, 400 without a UUID x-request-id, pages by
 * ?page=, and a new snapshot listed only after a few questions.
 */
public final class ContaboServer implements AutoCloseable {
  static final String TOKEN_PATH = "/auth/realms/contabo/protocol/openid-connect/token";
  public static final String CLIENT_ID = "opsgrade-client";
  public static final String CLIENT_SECRET = "cs-7Hq2vXw9LmPz4RtK";
  public static final String API_USER = "ops@example.net";
  public static final String API_PASSWORD = "pw-Zr8Nd3Kq6Yb1Ws5T";

  final FixtureServer http = new FixtureServer();
  private final SteppingClock clock;
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  final AtomicInteger tokensIssued = new AtomicInteger();

  /** Every token ever issued, to prove none reaches an output. */
  public final List<String> issued = new java.util.concurrent.CopyOnWriteArrayList<>();

  final AtomicInteger refused = new AtomicInteger();
  private volatile Duration lifetime = Duration.ofSeconds(300);
  private volatile Duration advancePerSnapshotRead = Duration.ZERO;
  private volatile int pendingPolls = 2;
  public final List<String> created = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A server whose tokens expire by the system clock. */
  public static ContaboServer onSystemClock() {
    return new ContaboServer(
        new SteppingClock(java.time.Instant.now()) {
          @Override
          public java.time.Instant instant() {
            return java.time.Instant.now();
          }
        });
  }

  ContaboServer(SteppingClock clock) {
    this.clock = clock;
    http.route(TOKEN_PATH, this::token);
    http.route("/v1/compute/instances", api(r -> paged(r, "instances-page-")));
    http.route(snapshots("12345"), api(this::snapshots12345));
    http.route(snapshots("23456"), api(r -> advanced(paged(r, "snapshots-23456-page-"))));
    http.route(snapshots("34567"), api(r -> file("snapshots-empty.json")));
  }

  public String authUrl() {
    return http.url() + TOKEN_PATH;
  }

  public String apiUrl() {
    return http.url();
  }

  /** How long each token is valid (and says it is). */
  ContaboServer lifetime(Duration value) {
    lifetime = value;
    return this;
  }

  /** Time that passes on the shared clock whenever a page of lady's snapshots is read. */
  ContaboServer advancePerSnapshotRead(Duration value) {
    advancePerSnapshotRead = value;
    return this;
  }

  /** How many times a new snapshot is "not found" before it is listed. */
  ContaboServer pendingPolls(int value) {
    pendingPolls = value;
    return this;
  }

  /** Forgets every token it issued (the provider revoked them early). */
  void revokeAll() {
    tokens.clear();
  }

  /** Replaces the answer for one path (a failing instance, a broken body). */
  ContaboServer override(String path, Function<Request, Response> handler) {
    http.route(path, api(handler));
    return this;
  }

  static String snapshots(String instance) {
    return "/v1/compute/instances/" + instance + "/snapshots";
  }

  private Response token(Request request) {
    Map<String, String> form = form(request.body());
    boolean valid =
        request.method().equals("POST")
            && "password".equals(form.get("grant_type"))
            && CLIENT_ID.equals(form.get("client_id"))
            && CLIENT_SECRET.equals(form.get("client_secret"))
            && API_USER.equals(form.get("username"))
            && API_PASSWORD.equals(form.get("password"));
    if (!valid) {
      return Response.json(401, FixtureServer.Fixtures.read("contabo/token-refused.json"));
    }
    String token = "tok-" + tokensIssued.incrementAndGet() + "-" + UUID.randomUUID();
    tokens.put(token, clock.instant().plus(lifetime));
    issued.add(token);
    String body =
        FixtureServer.Fixtures.read("contabo/token.json")
            .replace("ACCESS_TOKEN", token)
            .replace("REFRESH_TOKEN", "rt-" + UUID.randomUUID())
            .replace("\"expires_in\": 300", "\"expires_in\": " + lifetime.toSeconds());
    return Response.json(200, body);
  }

  /** The API's own checks before any answer: a live token and a UUID request id. */
  private Function<Request, Response> api(Function<Request, Response> answer) {
    return request -> {
      String auth = request.header("Authorization");
      Instant expires = auth.startsWith("Bearer ") ? tokens.get(auth.substring(7)) : null;
      if (expires == null || !clock.instant().isBefore(expires)) {
        refused.incrementAndGet();
        return file(401, "error-401.json");
      }
      try {
        UUID.fromString(request.header("x-request-id"));
      } catch (IllegalArgumentException e) {
        return Response.json(400, "{\"statusCode\":400,\"message\":\"x-request-id is required\"}");
      }
      return answer.apply(request);
    };
  }

  private Response snapshots12345(Request request) {
    if (!request.method().equals("POST")) {
      return file("snapshots-12345.json");
    }
    String id = "snap" + (1764500000 + created.size());
    created.add(request.body());
    Map<String, String> asked = names(request.body());
    String body = snapshotBody("create-snapshot.json", id, asked);
    AtomicInteger polls = new AtomicInteger();
    http.route(
        snapshots("12345") + "/" + id,
        api(
            r ->
                polls.incrementAndGet() <= pendingPolls
                    ? Response.json(404, read("error-404.json").replace("SNAPSHOT_ID", id))
                    : Response.json(200, snapshotBody("snapshot-created.json", id, asked))));
    return Response.json(201, body);
  }

  private String snapshotBody(String fixture, String id, Map<String, String> asked) {
    Instant now = clock.instant();
    return read(fixture)
        .replace("SNAPSHOT_ID", id)
        .replace("SNAPSHOT_NAME", asked.getOrDefault("name", ""))
        .replace("SNAPSHOT_DESCRIPTION", asked.getOrDefault("description", ""))
        .replace("CREATED_DATE", now.toString())
        .replace("AUTO_DELETE_DATE", now.plus(Duration.ofDays(30)).toString());
  }

  private Response advanced(Response response) {
    clock.advance(advancePerSnapshotRead);
    return response;
  }

  static Response paged(Request request, String prefix) {
    String page = request.query().getOrDefault("page", "1");
    return file(prefix + page + ".json");
  }

  private static Response file(String name) {
    return file(200, name);
  }

  private static Response file(int status, String name) {
    return Response.json(status, read(name));
  }

  private static String read(String name) {
    return FixtureServer.Fixtures.read("contabo/" + name);
  }

  private static Map<String, String> names(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    var node = dev.opsgrade.model.Json.mapper().readTree(json);
    out.put("name", node.path("name").asString());
    out.put("description", node.path("description").asString());
    return out;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Override
  public void close() {
    http.close();
  }
}
