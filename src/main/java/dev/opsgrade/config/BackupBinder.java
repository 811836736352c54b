package dev.opsgrade.config;

import dev.opsgrade.model.inventory.BackupSpec;
import java.util.ArrayList;
import java.util.List;

/** {@code backup:} restic and borg repositories, retention, and the provider's snapshots. */
final class BackupBinder {
  private BackupBinder() {}

  static BackupSpec bind(YamlMap backup) {
    backup.allowKeys("max_age", "restic", "borg", "retention", "contabo");
    return new BackupSpec(
        backup.get("max_age", Formats.DURATION_TYPE, InventoryDefaults.BACKUP_MAX_AGE),
        repositories(backup, "restic"),
        repositories(backup, "borg"),
        backup.map("retention", BackupBinder::retention),
        backup.map("contabo", BackupBinder::contabo));
  }

  private static List<BackupSpec.Repository> repositories(YamlMap backup, String kind) {
    List<BackupSpec.Repository> repositories = new ArrayList<>();
    Unique names = new Unique(kind + " repository name");
    for (YamlMap repository : backup.maps(kind)) {
      repository.allowKeys("name", "repo", "password", "password_file", "host");
      repositories.add(
          new BackupSpec.Repository(
              names.check(repository, "name").orElse(""),
              repository.required("repo", Types.TEXT).orElse(""),
              repository.secret("password"),
              repository.get("host", Types.TEXT)));
    }
    return List.copyOf(repositories);
  }

  private static BackupSpec.Retention retention(YamlMap retention) {
    retention.allowKeys("daily", "weekly", "monthly");
    ScalarType<Integer> count = Types.range(0, Integer.MAX_VALUE);
    return new BackupSpec.Retention(
        retention.get("daily", count, 0),
        retention.get("weekly", count, 0),
        retention.get("monthly", count, 0));
  }

  private static BackupSpec.Contabo contabo(YamlMap contabo) {
    contabo.allowKeys(
        "client_id",
        "client_id_file",
        "client_secret",
        "client_secret_file",
        "api_user",
        "api_user_file",
        "api_password",
        "api_password_file",
        "instances",
        "api_url",
        "auth_url");
    ScalarType<Long> instanceId =
        scalar -> {
          long id = Types.WHOLE.parse(scalar);
          if (id < 1) {
            throw new ScalarType.Bad("an instance id is a positive number");
          }
          return id;
        };
    return new BackupSpec.Contabo(
        contabo.requiredSecret("client_id").orElse(Placeholders.SECRET),
        contabo.requiredSecret("client_secret").orElse(Placeholders.SECRET),
        contabo.secret("api_user"),
        contabo.secret("api_password"),
        contabo.scalarMap("instances", instanceId),
        contabo.get("api_url", Formats.HTTP_URL_TYPE, InventoryDefaults.CONTABO_API_URL),
        contabo.get("auth_url", Formats.HTTP_URL_TYPE, InventoryDefaults.CONTABO_AUTH_URL));
  }
}
