package dev.opsgrade.serve;

import java.net.URI;
import java.util.List;

/**
 * One thing probed on a schedule: a route through the proxy or an inventory endpoint. {@code group}
 * gathers monitors under one SLO (a route's service, or "endpoints"). Which monitors have a public
 * badge is the dashboard's to read from the inventory.
 */
public record Monitor(String name, String group, URI url, List<Integer> expectedStatus) {
  public Monitor {
    expectedStatus = List.copyOf(expectedStatus);
  }

  public Monitor(String name, URI url, List<Integer> expectedStatus) {
    this(name, name, url, expectedStatus);
  }
}
