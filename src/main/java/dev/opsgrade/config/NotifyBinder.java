package dev.opsgrade.config;

import dev.opsgrade.model.inventory.NotifySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code notify:} where opsgrade itself sends word of a grade change and `opsgrade serve` of a
 * route going down or coming back: ntfy, Gotify, a webhook or Alertmanager.
 */
final class NotifyBinder {
  private static final List<String> CHANNELS = List.of("ntfy", "gotify", "webhook", "alertmanager");

  private NotifyBinder() {}

  static List<NotifySpec> bind(YamlMap root) {
    List<NotifySpec> channels = new ArrayList<>();
    for (YamlMap channel : root.maps("notify")) {
      channel.allowKeys(CHANNELS);
      ChannelBinder.exactlyOne(channel, CHANNELS);
      channels.add(
          new NotifySpec(
              channel.map("ntfy", ChannelBinder::ntfy),
              channel.map("gotify", NotifyBinder::gotify),
              channel.map("webhook").flatMap(NotifyBinder::webhook),
              channel.map("alertmanager").flatMap(NotifyBinder::webhook)));
    }
    return List.copyOf(channels);
  }

  private static NotifySpec.GotifyPush gotify(YamlMap gotify) {
    gotify.allowKeys("url", "token", "token_file");
    return new NotifySpec.GotifyPush(
        gotify.required("url", Formats.HTTP_URL_TYPE).orElse(""),
        gotify.requiredSecret("token").orElse(Placeholders.SECRET));
  }

  private static Optional<String> webhook(YamlMap webhook) {
    webhook.allowKeys("url");
    return webhook.required("url", Formats.HTTP_URL_TYPE);
  }
}
