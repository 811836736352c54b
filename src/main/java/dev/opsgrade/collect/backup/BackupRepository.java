package dev.opsgrade.collect.backup;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a restic or borg repository holds: its snapshots (archives) per host, the newest per host
 * and tag, and the retention actually present (how many distinct days, ISO weeks and months have a
 * snapshot, as {@code forget --keep-daily/weekly/monthly} counts them). {@code host} is the host
 * the inventory says the repository backs up.
 */
@FactKind("backup.repository")
public record BackupRepository(
    String tool, String name, String repo, Optional<String> host, int snapshots, List<Host> hosts) {

  /** The snapshots of one host (the hostname the tool recorded). */
  public record Host(
      String hostname,
      int snapshots,
      Instant oldest,
      Instant newest,
      String newestId,
      int days,
      int weeks,
      int months,
      List<Tagged> tagged) {}

  /** The snapshots of one host with one set of tags (none is a set too). */
  public record Tagged(List<String> tags, int snapshots, Instant newest, String newestId) {}
}
