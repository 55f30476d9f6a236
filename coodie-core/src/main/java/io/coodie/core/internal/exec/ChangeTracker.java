package io.coodie.core.internal.exec;

import java.nio.ByteBuffer;

/**
 * The snapshots of entities loaded or written through one session, held as long as the entity objects themselves
 * are reachable.
 *
 * <p>Writes of one instance may run concurrently (several threads, or async saves in flight): each write records
 * what it bound with {@link #merge}, column by column, into whatever the instance's snapshot is when it completes.
 * A column that another write of the same instance recorded since this one read its snapshot, with a third value,
 * is marked dirty: which write the database kept is not known, so the next save writes the column again.
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

  /**
   * Records that a write of {@code entity}, computed against {@code base}, set each of {@code columns} to the
   * serialized value at the same position of {@code values} (null for null).
   */
  void merge(Object entity, Snapshot base, int[] columns, ByteBuffer[] values) {
    snapshots.compute(entity, current -> {
      Snapshot from = current == null ? base : current;
      Snapshot.Builder next = from.toBuilder();
      for (int k = 0; k < columns.length; k++) {
        int column = columns[k];
        boolean raced = current != null && current != base && !current.sameAs(base, column)
            && current.differsFrom(column, values[k]);
        if (raced) {
          next.dirty(column);
        } else {
          next.recordEncoded(column, values[k], next.codec(column));
        }
      }
      return next.build();
    });
  }

  int size() {
    return snapshots.size();
  }
}
