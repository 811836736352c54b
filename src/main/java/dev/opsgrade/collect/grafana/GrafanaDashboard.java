package dev.opsgrade.collect.grafana;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * A dashboard found by search and loaded by its uid (or the reason it did not load), with the
 * datasource each panel and query refers to, as written: a uid, a name, a variable such as
 * ${DS_PROMETHEUS}, or nothing (the default datasource).
 */
@FactKind("grafana.dashboard")
public record GrafanaDashboard(
    String uid,
    String title,
    String folder,
    boolean loaded,
    Optional<String> loadError,
    int panels,
    List<PanelDatasource> datasources,
    List<String> datasourceVariables) {

  /** One reference: the panel (id and title) and the datasource it names. */
  public record PanelDatasource(int panelId, String panelTitle, String reference) {}
}
