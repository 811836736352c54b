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
      repository.allowKeys("name", "repo", "password", "password_file", "host", "read_data");
      repositories.add(
          new BackupSpec.Repository(
              names.check(repository, "name").orElse(""),
              repository.required("repo", Types.TEXT).orElse(""),
              repository.secret("password"),
              repository.get("host", Types.TEXT),
              repository.get("read_data", readData(kind))));
    }
    return List.copyOf(repositories);
  }

  /**
   * How much data the integrity check reads: "all", or for restic a subset as its
   * --read-data-subset takes it ("5%", "1/10"); borg can only read all (--verify-data).
   */
  private static ScalarType<String> readData(String kind) {
    return scalar -> {
      String value = Types.TEXT.parse(scalar).trim();
      if (value.equals("all")) {
        return value;
      }
      if (kind.equals("restic")
          && value.matches("(100|[1-9]?[0-9](\\.[0-9]+)?)%|[1-9][0-9]*/[1-9][0-9]*")) {
        return value;
      }
      throw new ScalarType.Bad(
          kind.equals("restic")
              ? "expected all, a percentage (5%) or a part n/t (1/10), found '" + value + "'"
              : "borg reads all data or none: expected all, found '" + value + "'");
    };
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
