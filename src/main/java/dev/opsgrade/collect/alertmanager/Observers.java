package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.SecretReader;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.util.Optional;

/** The observer alertmanager.delivery names, with its token read, or why there is none. */
final class Observers {
  private Observers() {}

  record Choice(Optional<DeliveryObserver> observer, String problem) {
    static Choice of(DeliveryObserver observer) {
      return new Choice(Optional.of(observer), "");
    }

    static Choice none(String problem) {
      return new Choice(Optional.empty(), problem);
    }
  }

  static Choice of(MonitoringSpec.Delivery delivery, CollectContext context) {
    if (delivery.webhookListen().isPresent()) {
      return Choice.of(new WebhookListener(delivery.webhookListen().get(), context.clock()));
    }
    if (delivery.ntfy().isPresent()) {
      return ntfy(delivery.ntfy().get(), context);
    }
    if (delivery.gotify().isPresent()) {
      MonitoringSpec.Gotify gotify = delivery.gotify().get();
      SecretReader.Result token = SecretReader.read(gotify.clientToken(), context);
      if (token.value().isEmpty()) {
        return Choice.none("the Gotify client token cannot be read: " + token.problem());
      }
      WebApi api =
          WebApi.of(gotify.url(), context.timeout())
              .withHeader("X-Gotify-Key", token.value().get());
      return Choice.of(new GotifyObserver(api));
    }
    return Choice.none("alertmanager.delivery names neither webhook_listen, ntfy nor gotify");
  }

  private static Choice ntfy(MonitoringSpec.Ntfy ntfy, CollectContext context) {
    WebApi api = WebApi.of(ntfy.url(), context.timeout());
    if (ntfy.token().isPresent()) {
      SecretReader.Result token = SecretReader.read(ntfy.token().get(), context);
      if (token.value().isEmpty()) {
        api.close();
        return Choice.none("the ntfy token cannot be read: " + token.problem());
      }
      api = api.withHeader("Authorization", "Bearer " + token.value().get());
    }
    return Choice.of(new NtfyObserver(api, ntfy.topic(), context.now()));
  }
}
