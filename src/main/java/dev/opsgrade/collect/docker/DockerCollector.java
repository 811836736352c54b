package dev.opsgrade.collect.docker;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun.Outcome;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the Docker Engine of every inventory host that names one ({@code hosts[].docker}), all
 * hosts at once. Each request has the context's timeout and each host a budget (see {@link
 * #hostBudget}); a host that fails or runs out of time is recorded with the reason, and the others
 * are still read.
 */
public final class DockerCollector implements Collector {
  static final int HOST_BUDGET_TIMEOUTS = 6;

  @Override
  public String name() {
    return "docker";
  }

  @Override
  public boolean configured(Inventory inventory) {
    return inventory.hosts().stream().anyMatch(h -> h.docker().isPresent());
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    Duration budget = hostBudget(context);
    Map<HostSpec, HostReader> readers = new LinkedHashMap<>();
    List<HostResult> results = new ArrayList<>();
    for (int i = 0; i < inventory.hosts().size(); i++) {
      HostSpec host = inventory.hosts().get(i);
      if (host.docker().isEmpty()) {
        results.add(HostResult.notConfigured(host, i));
        continue;
      }
      try {
        DockerEndpoint endpoint = DockerEndpoint.parse(host.docker().get(), host.tls().isPresent());
        readers.put(host, new HostReader(host, endpoint, context));
      } catch (IllegalArgumentException e) {
        results.add(HostResult.failed(host, "hosts[" + i + "].docker: " + e.getMessage()));
      }
    }
    results.addAll(readAll(readers, budget));
    new DockerFacts(context, inventory).publish(results);
  }

  /**
   * A host's budget: {@value #HOST_BUDGET_TIMEOUTS} request timeouts, and never past nine tenths of
   * the collector's own budget, so a slow host is recorded as such before the runner gives up on
   * the whole collector.
   */
  static Duration hostBudget(CollectContext context) {
    Duration ofTimeouts = context.timeout().multipliedBy(HOST_BUDGET_TIMEOUTS);
    Duration ofCollector = context.budget().minus(context.budget().dividedBy(10));
    return ofTimeouts.compareTo(ofCollector) < 0 ? ofTimeouts : ofCollector;
  }

  private List<HostResult> readAll(Map<HostSpec, HostReader> readers, Duration budget) {
    List<HostResult> results = new ArrayList<>();
    // not closed with try-with-resources: that would wait for a host past its budget
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    Map<HostSpec, Future<HostReading>> running = new LinkedHashMap<>();
    readers.forEach((host, reader) -> running.put(host, pool.submit(reader::read)));
    long end = System.nanoTime() + budget.toNanos();
    for (Map.Entry<HostSpec, Future<HostReading>> entry : running.entrySet()) {
      HostReader reader = readers.get(entry.getKey());
      results.add(await(entry.getKey(), reader, entry.getValue(), end, budget));
      reader.close();
    }
    pool.shutdownNow();
    return results;
  }

  private static HostResult await(
      HostSpec host, HostReader reader, Future<HostReading> future, long end, Duration budget) {
    String where = host.docker().orElse("");
    try {
      long left = Math.max(0, end - System.nanoTime());
      return HostResult.read(host, future.get(left, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      String step = reader.step();
      reader.close();
      future.cancel(true);
      return HostResult.timedOut(
          host,
          "timeout: no complete answer from "
              + where
              + " within "
              + budget.toSeconds()
              + " s (while "
              + step
              + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HostResult.timedOut(host, "interrupted while reading " + where);
    } catch (ExecutionException e) {
      DockerFailure failure = Failures.classify(e.getCause());
      String detail = where + ": " + failure.getMessage() + tlsHint(host, failure);
      return failure.timedOut()
          ? HostResult.timedOut(host, detail)
          : HostResult.failed(host, detail);
    }
  }

  /**
   * Plain HTTP to a TLS engine port: dockerd answers 400 ("Client sent an HTTP request to an HTTPS
   * server") and other TLS servers hang up; say what is likely missing.
   */
  static String tlsHint(HostSpec host, DockerFailure failure) {
    boolean plainTcp = host.docker().orElse("").startsWith("tcp://") && host.tls().isEmpty();
    String message = failure.getMessage();
    boolean looksLikeTls =
        message.contains("answered HTTP 400")
            || message.contains("closed the connection before answering")
            || message.contains("something not HTTP");
    return plainTcp && looksLikeTls
        ? " (if the engine listens with TLS, as on port 2376, give the host tls: {ca, cert, key})"
        : "";
  }

  /** What happened to one host: its reading, or the outcome and reason why there is none. */
  record HostResult(HostSpec host, Outcome outcome, String detail, Optional<HostReading> reading) {

    static HostResult read(HostSpec host, HostReading reading) {
      return new HostResult(
          host,
          reading.problems().isEmpty() ? Outcome.OK : Outcome.PARTIAL,
          "",
          Optional.of(reading));
    }

    static HostResult failed(HostSpec host, String detail) {
      return new HostResult(host, Outcome.FAILED, detail, Optional.empty());
    }

    static HostResult timedOut(HostSpec host, String detail) {
      return new HostResult(host, Outcome.TIMED_OUT, detail, Optional.empty());
    }

    static HostResult notConfigured(HostSpec host, int index) {
      return new HostResult(
          host,
          Outcome.NOT_CONFIGURED,
          "hosts["
              + index
              + "].docker is not set in the inventory: the engine of "
              + host.name()
              + " was not read",
          Optional.empty());
    }
  }
}
