package dev.opsgrade.collect.compose;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every compose file of every inventory host: one {@code compose.file} fact per file, one
 * {@code compose.service} fact per service, and the service counts as measurements. A file that
 * cannot be read is a FAILED run naming file:line:column; the other files are still read. Files are
 * read concurrently; facts are added in inventory order.
 */
public final class ComposeCollector implements Collector {
  static final String NAME = "compose";

  private record Job(String host, String file) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return inventory.hosts().stream().anyMatch(h -> !h.compose().isEmpty());
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    ComposeReader reader = new ComposeReader(context.environment(), context::relative);
    List<Job> jobs = new ArrayList<>();
    for (HostSpec host : inventory.hosts()) {
      host.compose().forEach(file -> jobs.add(new Job(host.name(), file)));
    }
    List<Future<ComposeReader.ComposeRead>> reads = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Job job : jobs) {
        reads.add(pool.submit(() -> reader.read(job.host(), context.resolve(job.file()))));
      }
    }
    Map<String, Long> perHost = new LinkedHashMap<>();
    inventory.hosts().stream()
        .filter(h -> !h.compose().isEmpty())
        .forEach(h -> perHost.put(h.name(), 0L));
    for (int i = 0; i < jobs.size(); i++) {
      long services = record(jobs.get(i).host(), done(reads.get(i)), context);
      perHost.merge(jobs.get(i).host(), services, Long::sum);
    }
    perHost.forEach(
        (host, count) -> measure(context, inventory, "compose.services.host." + host, count));
    long total = perHost.values().stream().mapToLong(Long::longValue).sum();
    measure(context, inventory, "compose.services.total", total);
  }

  private static ComposeReader.ComposeRead done(Future<ComposeReader.ComposeRead> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading compose files", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading a compose file failed unexpectedly", e.getCause());
    }
  }

  private static long record(String host, ComposeReader.ComposeRead read, CollectContext context) {
    ComposeFile fact = read.file();
    String target = host + "/" + fact.file();
    context.fact(target, Location.file(fact.file()), fact);
    for (ComposeService service : read.services()) {
      context.fact(
          host + "/" + service.service(), Location.file(service.file(), service.line()), service);
    }
    if (!fact.readable()) {
      context.run(NAME, target, CollectorRun.Outcome.FAILED, fact.error().orElseThrow());
    } else if (!fact.missingFiles().isEmpty()) {
      context.run(
          NAME,
          target,
          CollectorRun.Outcome.PARTIAL,
          read.services().size() + " services; missing: " + String.join(", ", fact.missingFiles()));
    } else {
      context.run(NAME, target, CollectorRun.Outcome.OK, read.services().size() + " services");
    }
    return read.services().size();
  }

  /** Counted over the files that could be read, every declared service (any profile). */
  private static void measure(
      CollectContext context, Inventory inventory, String name, long value) {
    context.fact(name, Location.file(inventory.sourceFile()), Measurement.of(name, value, NAME));
  }
}
