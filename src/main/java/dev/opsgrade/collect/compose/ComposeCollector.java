package dev.opsgrade.collect.compose;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;

/**
 * Reads every compose file of every inventory host: one {@code compose.file} fact per file, one
 * {@code compose.service} fact per service, and the service counts as measurements. A file that
 * cannot be read is a FAILED run naming file:line:column; the other files are still read.
 */
public final class ComposeCollector implements Collector {
  static final String NAME = "compose";

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
    long total = 0;
    for (HostSpec host : inventory.hosts()) {
      if (host.compose().isEmpty()) {
        continue;
      }
      long onHost = 0;
      for (String file : host.compose()) {
        onHost += readOne(reader, host.name(), file, context);
      }
      total += onHost;
      measure(context, inventory, "compose.services.host." + host.name(), onHost);
    }
    measure(context, inventory, "compose.services.total", total);
  }

  private static long readOne(
      ComposeReader reader, String host, String file, CollectContext context) {
    ComposeReader.ComposeRead read = reader.read(host, context.resolve(file));
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
