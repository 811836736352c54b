package dev.opsgrade.collect.docker;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.model.inventory.HostSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * Reads one host's engine with GET requests only: /version, /info, /containers/json?all=1, then per
 * container its inspect and (when it runs) one stats sample, each image's repo digests, and the
 * events of the last 24 h.
 */
final class HostReader implements AutoCloseable {
  static final Duration WINDOW = Duration.ofHours(24);
  private static final long MAX_EVENTS_BODY = 16L << 20;

  private final HostSpec spec;
  private final DockerEndpoint endpoint;
  private final CollectContext context;
  private final AtomicReference<String> step = new AtomicReference<>("connecting");
  private volatile Optional<EngineClient> client = Optional.empty();
  private volatile Transport transport;
  private volatile boolean closed;

  HostReader(HostSpec spec, DockerEndpoint endpoint, CollectContext context) {
    this.spec = spec;
    this.endpoint = endpoint;
    this.context = context;
  }

  /** What the reader was doing, for the report of a host that ran out of time. */
  String step() {
    return step.get();
  }

  HostReading read() throws IOException {
    Duration timeout = context.timeout();
    transport = openTransport(timeout);
    if (closed) {
      transport.close();
      throw new DockerFailure("stopped: the host's time ran out while connecting", true);
    }
    EngineClient engine = new EngineClient(transport, timeout, endpoint.display());
    client = Optional.of(engine);
    step.set("reading /version and /info");
    JsonNode version = engine.get("/version");
    JsonNode info = engine.get("/info");
    step.set("listing containers");
    JsonNode list = engine.get("/containers/json?all=1");
    List<String> problems = new ArrayList<>();
    ContainerFetcher fetcher = new ContainerFetcher(engine, spec.name(), step);
    Map<String, List<String>> digests = fetcher.digests(imageIds(list));
    List<DockerContainer> containers = fetcher.containers(list, digests, problems);
    Optional<DockerEvents> events = events(engine, info, problems);
    DockerHost host = host(version, info, containers);
    return new HostReading(endpoint, host, containers, events, List.copyOf(problems));
  }

  private Transport openTransport(Duration timeout) throws IOException {
    return switch (endpoint.scheme()) {
      case UNIX -> new UnixSocketTransport(Path.of(endpoint.socketPath()));
      case TCP ->
          new TcpTransport(
              endpoint.host(),
              endpoint.port(),
              spec.tls().isPresent()
                  ? Optional.of(TlsFiles.context(spec.tls().get(), context::resolve))
                  : Optional.empty());
      case SSH ->
          SshConnector.connect(
              endpoint, SshIdentity.fromEnvironment(context.environment()), timeout);
    };
  }

  private Optional<DockerEvents> events(EngineClient engine, JsonNode info, List<String> problems) {
    step.set("reading events");
    // the engine's own clock: an `until` ahead of it would keep the stream open until then
    Instant until =
        ContainerReader.time(info.path("SystemTime")).orElse(context.now()).plusSeconds(1);
    Instant since = until.minus(WINDOW);
    String path = "/events?since=" + since.getEpochSecond() + "&until=" + until.getEpochSecond();
    EventTally tally = new EventTally();
    try {
      engine.stream(path, context.timeout(), MAX_EVENTS_BODY, tally::accept);
      return Optional.of(tally.result(spec.name(), since, until));
    } catch (IOException e) {
      problems.add("events unavailable: " + Failures.classify(e).getMessage());
      return Optional.empty();
    }
  }

  private DockerHost host(JsonNode version, JsonNode info, List<DockerContainer> containers) {
    int running = (int) containers.stream().filter(DockerContainer::running).count();
    return new DockerHost(
        spec.name(),
        endpoint.display(),
        channel(),
        version.path("Version").asString(info.path("ServerVersion").asString("")),
        version.path("ApiVersion").asString(""),
        info.path("OperatingSystem").asString(""),
        info.path("KernelVersion").asString(""),
        containers.size(),
        running,
        info.path("Images").asInt(0),
        spec.expectContainers());
  }

  private String channel() {
    return switch (transport) {
      case SshTransport ssh ->
          ssh.usesDialStdio() ? "ssh exec docker system dial-stdio" : "ssh direct-streamlocal";
      case TcpTransport tcp -> spec.tls().isPresent() ? "tcp with TLS client certificate" : "tcp";
      default -> "unix socket";
    };
  }

  private static Set<String> imageIds(JsonNode list) {
    Set<String> ids = new LinkedHashSet<>();
    list.forEach(c -> ids.add(c.path("ImageID").asString("")));
    ids.remove("");
    return ids;
  }

  /** Closes every stream: a host out of time stops here, its late answers dropped. */
  @Override
  public void close() {
    closed = true;
    client.ifPresent(EngineClient::close);
    if (client.isEmpty() && transport != null) {
      transport.close();
    }
  }
}
