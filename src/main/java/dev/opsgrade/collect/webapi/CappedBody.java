package dev.opsgrade.collect.webapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap. A body past the cap is abandoned at once (the subscription
 * is cancelled), so a hostile server cannot make opsgrade read gigabytes.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final long cap;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBody(long cap) {
    this.cap = cap;
  }

  /** Signals a body larger than the cap. */
  static final class TooLarge extends IOException {
    TooLarge(long cap) {
      super("body larger than " + cap + " bytes");
    }
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    for (ByteBuffer item : items) {
      if (out.size() + (long) item.remaining() > cap) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(cap));
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      out.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
