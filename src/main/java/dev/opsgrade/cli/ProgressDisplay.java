package dev.opsgrade.cli;

import dev.opsgrade.collect.CollectionRunner.ProgressEvent;
import java.util.function.Consumer;

/** A progress display that is told when collection is over (a live one draws its last state). */
interface ProgressDisplay extends Consumer<ProgressEvent>, AutoCloseable {
  @Override
  void close();
}
