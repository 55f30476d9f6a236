package io.coodie.core.internal.exec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The snapshots of entities loaded or written through one session, held as long as the entity objects themselves
 * are reachable.
 *
 * <p>Writes of one instance may run concurrently (several threads, or async saves in flight): each write is
 * {@link #start started} when its statement is sent and records what it bound when it completes ({@link #merge}),
 * column by column, into whatever the instance's snapshot is then. Which of two overlapping writes of one column the
 * database kept is not known (it keeps the later timestamp, and requests can overtake each other), so such a column
 * is marked dirty and the next save writes it again; so is a column another write recorded with a third value since
 * this one read its snapshot, and every column of a write that failed in a way that may still have applied it. The
 * writes in flight are held (strongly) only while they are in flight, apart from the snapshots.
 */
final class ChangeTracker {

  private static final int STRIPES = 64;

  private final TrackingStore snapshots = new TrackingStore();
  /**
   * Per stripe of entities (by identity hash): the lock every update of their snapshots takes, and their writes in
   * flight (a {@link Ticket}, or a list of them), held strongly and only until they complete.
   */
  private final Object[] locks = new Object[STRIPES];
  @SuppressWarnings("unchecked")
  private final IdentityHashMap<Object, Object>[] running = new IdentityHashMap[STRIPES];

  ChangeTracker() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
      running[i] = new IdentityHashMap<>();
    }
  }

  private static int stripe(Object entity) {
    int h = System.identityHashCode(entity);
    return (h ^ (h >>> 16)) & (STRIPES - 1);
  }

  Snapshot get(Object entity) {
    return snapshots.get(entity);
  }

  void put(Object entity, Snapshot snapshot) {
    synchronized (locks[stripe(entity)]) {
      snapshots.put(entity, snapshot);
    }
  }

  /** Tracks an entity coodie has just built, so cannot be tracked yet. */
  void putNew(Object entity, Snapshot snapshot) {
    snapshots.putNew(entity, snapshot);
  }

  /** Registers a write of {@code columns} of {@code entity}, about to be sent. */
  Ticket start(Object entity, int[] columns) {
    Ticket ticket = new Ticket(columns);
    int stripe = stripe(entity);
    synchronized (locks[stripe]) {
      Object others = running[stripe].get(entity);
      if (others == null) {
        running[stripe].put(entity, ticket);
        return ticket;
      }
      List<Ticket> list;
      if (others instanceof Ticket other) {
        list = new ArrayList<>(4);
        list.add(other);
        running[stripe].put(entity, list);
      } else {
        @SuppressWarnings("unchecked")
        List<Ticket> existing = (List<Ticket>) others;
        list = existing;
      }
      for (Ticket other : list) {
        ticket.overlap(other);
      }
      list.add(ticket);
    }
    return ticket;
  }

  /**
   * Records that a write of {@code entity}, computed against {@code base} and sent under {@code ticket} (null for a
   * write that was never sent), set each of {@code columns} to the serialized value at the same position of
   * {@code values} (null for null).
   */
  void merge(Object entity, Snapshot base, int[] columns, ByteBuffer[] values, Ticket ticket) {
    int stripe = stripe(entity);
    synchronized (locks[stripe]) {
      finish(stripe, entity, ticket);
      Snapshot current = snapshots.get(entity);
      Snapshot.Builder next = (current == null ? base : current).toBuilder();
      for (int k = 0; k < columns.length; k++) {
        int column = columns[k];
        boolean raced = (ticket != null && ticket.overlapped[k]) || (current != null && current != base
            && !current.sameAs(base, column) && current.differsFrom(column, values[k]));
        if (raced) {
          next.dirty(column);
        } else {
          next.recordEncoded(column, values[k], next.codec(column));
        }
      }
      snapshots.put(entity, next.build());
    }
  }

  /**
   * Records what an insert of {@code entity}, sent under {@code ticket}, left: {@code snapshot}, with the columns
   * that another write of the instance was writing at the same time marked dirty.
   */
  void replace(Object entity, Snapshot snapshot, Ticket ticket) {
    int stripe = stripe(entity);
    synchronized (locks[stripe]) {
      finish(stripe, entity, ticket);
      snapshots.put(entity, ticket.anyOverlap() ? dirty(snapshot.toBuilder(), ticket, false).build() : snapshot);
    }
  }

  /**
   * Records that the write under {@code ticket} completed without being applied for sure: its columns that overlapped
   * another write, and all of them if it {@code mayHaveApplied} (a timeout, a lost connection), become dirty.
   */
  void abandon(Object entity, Ticket ticket, boolean mayHaveApplied) {
    int stripe = stripe(entity);
    synchronized (locks[stripe]) {
      finish(stripe, entity, ticket);
      Snapshot current = snapshots.get(entity);
      if (current != null && (mayHaveApplied || ticket.anyOverlap())) {
        snapshots.put(entity, dirty(current.toBuilder(), ticket, mayHaveApplied).build());
      }
    }
  }

  private static Snapshot.Builder dirty(Snapshot.Builder builder, Ticket ticket, boolean all) {
    for (int k = 0; k < ticket.columns.length; k++) {
      if (all || ticket.overlapped[k]) {
        builder.dirty(ticket.columns[k]);
      }
    }
    return builder;
  }

  private void finish(int stripe, Object entity, Ticket ticket) {
    if (ticket == null) {
      return;
    }
    Object others = running[stripe].get(entity);
    if (others == ticket) {
      running[stripe].remove(entity);
    } else if (others instanceof List<?> list) {
      list.remove(ticket);
      if (list.isEmpty()) {
        running[stripe].remove(entity);
      }
    }
  }

  int size() {
    return snapshots.size();
  }

  /** The number of writes in flight for {@code entity} (for tests: they must not outlive their completion). */
  int writesInFlight(Object entity) {
    int stripe = stripe(entity);
    synchronized (locks[stripe]) {
      Object others = running[stripe].get(entity);
      return others == null ? 0 : others instanceof List<?> list ? list.size() : 1;
    }
  }

  /**
   * One write in flight: its columns, and which of them another write of the same instance was writing at some
   * moment while it was in flight (set by whichever of the two started second, under the entity's lock).
   */
  static final class Ticket {
    final int[] columns;
    final boolean[] overlapped;

    Ticket(int[] columns) {
      this.columns = columns;
      this.overlapped = new boolean[columns.length];
    }

    /** Marks the columns this write and {@code other} (in flight) both write, in both. */
    void overlap(Ticket other) {
      for (int k = 0; k < columns.length; k++) {
        for (int j = 0; j < other.columns.length; j++) {
          if (columns[k] == other.columns[j]) {
            overlapped[k] = true;
            other.overlapped[j] = true;
          }
        }
      }
    }

    boolean anyOverlap() {
      for (boolean o : overlapped) {
        if (o) {
          return true;
        }
      }
      return false;
    }
  }
}
