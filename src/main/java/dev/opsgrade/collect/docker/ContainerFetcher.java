package dev.opsgrade.collect.docker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * Reads containers and images of one engine, a few requests at a time (8: enough to hide round
 * trips over SSH, few enough to stay under OpenSSH's MaxSessions when dial-stdio is used).
 */
final class ContainerFetcher {
  private static final int PARALLEL = 8;

  private final EngineClient engine;
  private final String host;
  private final AtomicReference<String> step;

  ContainerFetcher(EngineClient engine, String host, AtomicReference<String> step) {
    this.engine = engine;
    this.host = host;
    this.step = step;
  }

  Map<String, List<String>> digests(Set<String> imageIds) throws IOException {
    step.set("reading " + imageIds.size() + " images");
    List<String> ids = List.copyOf(imageIds);
    List<Optional<JsonNode>> images = all(ids, id -> "/images/" + id + "/json");
    Map<String, List<String>> digests = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      List<String> repoDigests = new ArrayList<>();
      images
          .get(i)
          .ifPresent(
              image -> image.path("RepoDigests").forEach(d -> repoDigests.add(d.asString(""))));
      digests.put(ids.get(i), List.copyOf(repoDigests));
    }
    return digests;
  }

  List<DockerContainer> containers(
      JsonNode list, Map<String, List<String>> digests, List<String> problems) throws IOException {
    List<JsonNode> listed = new ArrayList<>();
    list.forEach(listed::add);
    AtomicInteger done = new AtomicInteger();
    List<DockerContainer> containers = new ArrayList<>();
    try (ExecutorService pool =
        Executors.newFixedThreadPool(PARALLEL, Thread.ofVirtual().factory())) {
      List<Future<Optional<DockerContainer>>> futures = new ArrayList<>();
      for (JsonNode summary : listed) {
        futures.add(
            pool.submit(
                () -> {
                  step.set(
                      "reading containers (" + done.incrementAndGet() + "/" + listed.size() + ")");
                  return one(summary, digests, problems);
                }));
      }
      for (Future<Optional<DockerContainer>> future : futures) {
        await(future).ifPresent(containers::add);
      }
    }
    containers.sort(Comparator.comparing(DockerContainer::name));
    return List.copyOf(containers);
  }

  private Optional<DockerContainer> one(
      JsonNode summary, Map<String, List<String>> digests, List<String> problems)
      throws IOException {
    String id = summary.path("Id").asString("");
    JsonNode inspect;
    try {
      inspect = engine.get("/containers/" + id + "/json");
    } catch (EngineClient.NotFound gone) {
      return Optional.empty(); // removed between the listing and now: it no longer exists
    }
    Optional<JsonNode> stats = Optional.empty();
    if (inspect.path("State").path("Running").asBoolean(false)) {
      try {
        stats = Optional.of(engine.get("/containers/" + id + "/stats?stream=false&one-shot=true"));
      } catch (EngineClient.NotFound gone) {
        return Optional.empty();
      } catch (DockerFailure e) {
        if (e.timedOut()) {
          throw e;
        }
        synchronized (problems) {
          problems.add(
              "no stats for " + summary.path("Names").path(0).asString(id) + ": " + e.getMessage());
        }
      }
    }
    String imageId = inspect.path("Image").asString("");
    return Optional.of(
        ContainerReader.read(host, inspect, stats, digests.getOrDefault(imageId, List.of())));
  }

  private interface PathOf {
    String path(String id);
  }

  private List<Optional<JsonNode>> all(List<String> ids, PathOf path) throws IOException {
    try (ExecutorService pool =
        Executors.newFixedThreadPool(PARALLEL, Thread.ofVirtual().factory())) {
      List<Future<Optional<JsonNode>>> futures = new ArrayList<>();
      for (String id : ids) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    return Optional.of(engine.get(path.path(id)));
                  } catch (EngineClient.NotFound gone) {
                    return Optional.<JsonNode>empty();
                  }
                }));
      }
      List<Optional<JsonNode>> results = new ArrayList<>();
      for (Future<Optional<JsonNode>> future : futures) {
        results.add(await(future));
      }
      return results;
    }
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DockerFailure("interrupted", true);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw Failures.classify(e.getCause());
    }
  }
}
