package dev.opsgrade.collect.snapshots;

import dev.opsgrade.collect.webapi.WebApiFailure;
import java.util.List;
import java.util.Optional;

/**
 * A hosting provider that keeps snapshots of its instances (Contabo first; others implement the
 * same four calls). Reading is the default; {@link #create} changes the account and is only called
 * when the user asked for it (assess --create-snapshot HOST).
 */
public interface SnapshotProvider extends AutoCloseable {

  /** The provider's name, as in the evidence ("contabo"). */
  String name();

  /** The URL the instance list is read from, as reports show it. */
  String instancesUrl();

  /** The URL an instance's snapshots are read from, as reports show it. */
  String snapshotsUrl(String instance);

  List<ProviderInstance> instances() throws WebApiFailure;

  List<ProviderSnapshot> snapshots(String instance) throws WebApiFailure;

  /** The snapshot once the provider lists it as taken; empty while it does not (yet). */
  Optional<ProviderSnapshot> snapshot(String instance, String snapshotId) throws WebApiFailure;

  /**
   * Asks the provider to take a snapshot; answers the snapshot as the provider first reports it.
   */
  ProviderSnapshot create(String instance, String name, String description) throws WebApiFailure;

  @Override
  void close();
}
