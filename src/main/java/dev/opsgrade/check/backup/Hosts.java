package dev.opsgrade.check.backup;

import dev.opsgrade.collect.backup.BackupRepository;
import java.util.Locale;

/** Whether the hostname a tool recorded is the inventory's host: "master" is "master.lan" too. */
final class Hosts {
  private Hosts() {}

  static boolean same(BackupRepository.Host recorded, String host) {
    String name = recorded.hostname().toLowerCase(Locale.ROOT);
    String wanted = host.toLowerCase(Locale.ROOT);
    return name.equals(wanted) || name.startsWith(wanted + ".");
  }
}
