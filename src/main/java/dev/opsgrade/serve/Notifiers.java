package dev.opsgrade.serve;

import dev.opsgrade.config.SecretException;
import dev.opsgrade.config.SecretResolver;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.NotifySpec;
import dev.opsgrade.model.inventory.SecretRef;
import dev.opsgrade.pipeline.AssessmentRun;
import dev.opsgrade.serve.notify.AlertmanagerNotifier;
import dev.opsgrade.serve.notify.GotifyNotifier;
import dev.opsgrade.serve.notify.Notifier;
import dev.opsgrade.serve.notify.NtfyNotifier;
import dev.opsgrade.serve.notify.WebhookNotifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inventory's notify channels as notifiers, their secrets read once at start. */
final class Notifiers {
  private Notifiers() {}

  static List<Notifier> of(Inventory inventory, Path baseDir, Map<String, String> environment)
      throws AssessmentRun.InputException {
    List<Notifier> notifiers = new ArrayList<>();
    for (NotifySpec channel : inventory.notifications()) {
      if (channel.ntfy().isPresent()) {
        var ntfy = channel.ntfy().get();
        Optional<String> token =
            ntfy.token().isPresent()
                ? Optional.of(secret(ntfy.token().get(), baseDir, environment))
                : Optional.empty();
        notifiers.add(new NtfyNotifier(ntfy.url(), ntfy.topic(), token));
      } else if (channel.gotify().isPresent()) {
        var gotify = channel.gotify().get();
        notifiers.add(
            new GotifyNotifier(gotify.url(), secret(gotify.token(), baseDir, environment)));
      } else if (channel.webhook().isPresent()) {
        notifiers.add(new WebhookNotifier(channel.webhook().get()));
      } else if (channel.alertmanager().isPresent()) {
        notifiers.add(new AlertmanagerNotifier(channel.alertmanager().get()));
      }
    }
    return List.copyOf(notifiers);
  }

  /** The secret's value; a problem names the reference, never a value. */
  private static String secret(SecretRef ref, Path baseDir, Map<String, String> environment)
      throws AssessmentRun.InputException {
    try {
      String value = SecretResolver.resolve(ref, baseDir, environment);
      if (value.isBlank()) {
        throw new AssessmentRun.InputException("notify: secret " + ref.reference() + " is empty");
      }
      return value;
    } catch (SecretException e) {
      throw new AssessmentRun.InputException("notify: " + e.getMessage());
    }
  }
}
