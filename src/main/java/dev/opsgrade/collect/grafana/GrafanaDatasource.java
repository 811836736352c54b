package dev.opsgrade.collect.grafana;

import dev.opsgrade.model.FactKind;
import java.util.Optional;

/**
 * A datasource and its health as Grafana checks it: status "OK", "ERROR", "UNKNOWN" (the plugin has
 * no health check) or "UNREAD" (the health request itself failed), with Grafana's message.
 */
@FactKind("grafana.datasource")
public record GrafanaDatasource(
    String uid,
    String name,
    String type,
    boolean isDefault,
    String health,
    String message,
    Optional<Integer> httpStatus) {

  public static final String OK = "OK";
  public static final String ERROR = "ERROR";
  public static final String UNKNOWN = "UNKNOWN";
  public static final String UNREAD = "UNREAD";
}
