package dev.opsgrade.collect.snapshots;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Takes one snapshot of a host's instance, because the user asked for it (assess --create-snapshot
 * HOST), then asks the provider for it until the provider lists it as taken or the deadline passes.
 * The outcome is a {@link SnapshotCreation} fact either way.
 */
public final class SnapshotCreator {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final SnapshotProvider provider;
  private final CollectContext context;
  private final Duration deadline;
  private final Duration interval;

  /**
   * @param deadline how long to wait for the snapshot to be listed as taken
   * @param interval how long to wait between two questions
   */
  public SnapshotCreator(
      SnapshotProvider provider, CollectContext context, Duration deadline, Duration interval) {
    this.provider = provider;
    this.context = context;
    this.deadline = deadline;
    this.interval = interval;
  }

  public SnapshotCreation create(String host, String instance) {
    Instant requested = context.now();
    long start = System.nanoTime();
    String name = "opsgrade-" + STAMP.format(requested);
    String description = "taken by opsgrade assess --create-snapshot " + host;
    String url = provider.snapshotsUrl(instance);
    ProviderSnapshot accepted;
    try {
      accepted = provider.create(instance, name, description);
    } catch (WebApiFailure failure) {
      context.run(
          provider.name(), url, failure.outcome(), "create snapshot: " + failure.getMessage());
      return record(
          new SnapshotCreation(
              provider.name(),
              host,
              instance,
              Optional.empty(),
              name,
              requested,
              Optional.empty(),
              elapsed(start),
              SnapshotCreation.Outcome.FAILED,
              "the provider did not take the snapshot: " + failure.getMessage()));
    }
    return record(waitFor(host, instance, name, accepted, requested, start));
  }

  /** Records a snapshot that could not even be asked for, and why. */
  public static SnapshotCreation refused(
      String provider,
      String url,
      String host,
      String instance,
      String reason,
      CollectContext context) {
    Instant now = context.now();
    context.run(provider, url, CollectorRun.Outcome.FAILED, "create snapshot: " + reason);
    SnapshotCreation creation =
        new SnapshotCreation(
            provider,
            host,
            instance,
            Optional.empty(),
            "",
            now,
            Optional.empty(),
            0,
            SnapshotCreation.Outcome.FAILED,
            reason);
    context.fact(
        provider + ":" + host + ":refused",
        Provenance.of(provider, Location.url(url), now),
        creation);
    return creation;
  }

  private SnapshotCreation waitFor(
      String host,
      String instance,
      String name,
      ProviderSnapshot accepted,
      Instant requested,
      long start) {
    String url = provider.snapshotsUrl(instance);
    long deadlineNanos = start + deadline.toNanos();
    String last = "not listed yet";
    while (true) {
      try {
        Optional<ProviderSnapshot> listed = provider.snapshot(instance, accepted.id());
        if (listed.isPresent() && listed.get().createdAt().isPresent()) {
          context.run(
              provider.name(), url, CollectorRun.Outcome.OK, "created snapshot " + accepted.id());
          return done(host, instance, name, accepted, requested, listed.get(), start);
        }
      } catch (WebApiFailure failure) {
        last = failure.getMessage();
      }
      if (System.nanoTime() + interval.toNanos() > deadlineNanos || !pause()) {
        break;
      }
    }
    String detail =
        "snapshot "
            + accepted.id()
            + " was accepted but not listed as taken within "
            + deadline.toSeconds()
            + " s (last answer: "
            + last
            + ")";
    context.run(provider.name(), url, CollectorRun.Outcome.TIMED_OUT, detail);
    return new SnapshotCreation(
        provider.name(),
        host,
        instance,
        Optional.of(accepted.id()),
        name,
        requested,
        Optional.empty(),
        elapsed(start),
        SnapshotCreation.Outcome.NOT_COMPLETE,
        detail);
  }

  private SnapshotCreation done(
      String host,
      String instance,
      String name,
      ProviderSnapshot accepted,
      Instant requested,
      ProviderSnapshot listed,
      long start) {
    long waited = elapsed(start);
    return new SnapshotCreation(
        provider.name(),
        host,
        instance,
        Optional.of(accepted.id()),
        name,
        requested,
        listed.createdAt(),
        waited,
        SnapshotCreation.Outcome.COMPLETE,
        "snapshot " + accepted.id() + " taken and listed after " + waited + " ms");
  }

  private boolean pause() {
    try {
      Thread.sleep(interval);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private SnapshotCreation record(SnapshotCreation creation) {
    context.fact(
        provider.name() + ":" + creation.host() + ":" + creation.name(),
        Provenance.of(
            provider.name(),
            Location.url(provider.snapshotsUrl(creation.instance())),
            context.now()),
        creation);
    return creation;
  }

  private static long elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }
}
