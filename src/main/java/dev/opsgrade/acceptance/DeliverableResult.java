package dev.opsgrade.acceptance;

import java.util.Optional;

/** A deliverable (a report name stem) and the file that provides it, if one exists. */
public record DeliverableResult(String stem, Optional<String> file) {

  public boolean found() {
    return file.isPresent();
  }
}
