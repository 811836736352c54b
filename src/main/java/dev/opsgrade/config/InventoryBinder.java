package dev.opsgrade.config;

import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.util.List;
import java.util.Optional;

/** The whole document: each section to its binder, defaults for the sections left out. */
final class InventoryBinder {
  static final List<String> KEYS =
      List.of(
          "name",
          "hosts",
          "proxy",
          "endpoints",
          "probe",
          "security",
          "monitoring",
          "backup",
          "dr",
          "repos",
          "docs",
          "phases",
          "rubric",
          "history",
          "serve",
          "slo",
          "notify");

  private InventoryBinder() {}

  static Inventory bind(YamlMap root, String baseDir, String sourceFile) {
    root.allowKeys(KEYS);
    Optional<BackupSpec> backup = root.map("backup", BackupBinder::bind);
    return new Inventory(
        root.required("name", Types.TEXT).orElse(""),
        baseDir,
        sourceFile,
        HostsBinder.bind(root),
        root.map("proxy", ProxyBinder::bind),
        EndpointsBinder.bind(root),
        root.map("probe", SettingsBinder::probe).orElse(InventoryDefaults.PROBE),
        root.map("security", SettingsBinder::security).orElse(InventoryDefaults.SECURITY),
        root.map("monitoring", MonitoringBinder::bind),
        backup,
        root.map("dr").map(dr -> DrBinder.bind(dr, backup)),
        root.list("repos", Types.TEXT),
        root.map("docs", DocsBinder::bind),
        PhasesBinder.bind(root),
        root.get("rubric", Types.TEXT, InventoryDefaults.RUBRIC),
        root.map("history", SettingsBinder::history),
        Optional.of(root.map("serve", SettingsBinder::serve).orElse(InventoryDefaults.SERVE)),
        root.map("slo", SettingsBinder::slo).orElse(InventoryDefaults.SLO),
        NotifyBinder.bind(root));
  }
}
