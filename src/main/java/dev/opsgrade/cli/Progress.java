package dev.opsgrade.cli;

import dev.opsgrade.collect.CollectionRunner.ProgressEvent;
import java.io.PrintWriter;

/** Collector progress on stderr: a line per finished collector (every event with --verbose). */
final class Progress implements ProgressDisplay {
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean verbose;

  Progress(PrintWriter err, boolean quiet, boolean verbose) {
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose;
  }

  @Override
  public synchronized void accept(ProgressEvent event) {
    if (quiet || (!event.finished() && !verbose)) {
      return;
    }
    if (event.finished()) {
      err.printf(
          "collect %-14s done in %5.1f s: %s%n",
          event.collector(), event.took().toMillis() / 1000.0, event.outcome());
    } else {
      err.printf("collect %-14s running%n", event.collector());
    }
    err.flush();
  }

  @Override
  public void close() {
    // every line is already written
  }
}
