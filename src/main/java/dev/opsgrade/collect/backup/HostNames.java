package dev.opsgrade.collect.backup;

import java.util.Locale;

/** Whether the hostname a tool recorded is the inventory's host: "master" is "master.lan" too. */
public final class HostNames {
  private HostNames() {}

  public static boolean same(String recorded, String host) {
    String name = recorded.toLowerCase(Locale.ROOT);
    String wanted = host.toLowerCase(Locale.ROOT);
    return name.equals(wanted) || name.startsWith(wanted + ".");
  }
}
