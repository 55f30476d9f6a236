package io.coodie.core.internal.exec;

/**
 * The snapshots of entities loaded or written through one entity type's operations, held as long as the entity
 * objects themselves are reachable.
 */
final class ChangeTracker {

  private final WeakIdentityMap<Object, Snapshot> snapshots = new WeakIdentityMap<>();

  Snapshot get(Object entity) {
    return snapshots.get(entity);
  }

  void put(Object entity, Snapshot snapshot) {
    snapshots.put(entity, snapshot);
  }

  /** Tracks an entity coodie has just built, so cannot be tracked yet. */
  void putNew(Object entity, Snapshot snapshot) {
    snapshots.putNew(entity, snapshot);
  }

  int size() {
    return snapshots.size();
  }
}
