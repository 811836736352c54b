package dev.opsgrade.config;

import dev.opsgrade.model.inventory.MonitoringSpec;
import java.util.List;
import java.util.Optional;

/** Notification channels shared by alert delivery and opsgrade's own notifications. */
final class ChannelBinder {
  private ChannelBinder() {}

  static MonitoringSpec.Ntfy ntfy(YamlMap ntfy) {
    ntfy.allowKeys("url", "topic", "token", "token_file");
    return new MonitoringSpec.Ntfy(
        ntfy.required("url", Formats.HTTP_URL_TYPE).orElse(""),
        ntfy.required("topic", Types.TEXT).orElse(""),
        ntfy.secret("token"));
  }

  /** Reports unless exactly one of {@code keys} is set; answers the one set, if any. */
  static Optional<String> exactlyOne(YamlMap map, List<String> keys) {
    List<String> set = keys.stream().filter(map::has).toList();
    if (set.size() != 1) {
      map.problem(
          "choose exactly one of "
              + String.join(", ", keys)
              + (set.isEmpty() ? "" : " (found " + String.join(" and ", set) + ")"));
    }
    return set.stream().findFirst();
  }
}
