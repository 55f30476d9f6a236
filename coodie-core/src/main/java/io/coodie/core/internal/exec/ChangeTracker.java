package io.coodie.core.internal.exec;

import java.nio.ByteBuffer;

/**
 * The snapshots of entities loaded or written through one session, held as long as the entity objects themselves
 * are reachable.
 *
 * <p>Writes of one instance may run concurrently (several threads, or async saves in flight): each write is
 * {@link #start started} when its statement is sent and records what it bound when it completes ({@link #merge}),
 * column by column, into whatever the instance's snapshot is then. Which of two overlapping writes of one column the
 * database kept is not known (it keeps the later timestamp, and requests can overtake each other), so such a column
 * is marked dirty and the next save writes it again; so is a column another write recorded with a third value since
 * this one read its snapshot, and every column of a write that failed in a way that may still have applied it.
 */
final class ChangeTracker {

  private final WeakIdentityMap<Object, Snapshot> snapshots = new WeakIdentityMap<>();
  /** Per entity with writes in flight: which columns they write. Entries go when the last write completes. */
  private final WeakIdentityMap<Object, InFlight> inFlight = new WeakIdentityMap<>();

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

  /** Registers a write of {@code columns} of {@code entity} (which has {@code width} columns) about to be sent. */
  Ticket start(Object entity, int[] columns, int width) {
    Ticket ticket = new Ticket(columns);
    inFlight.compute(entity, current -> {
      InFlight writes = current != null ? current : new InFlight(width);
      ticket.start = ++writes.clock;
      for (int k = 0; k < columns.length; k++) {
        int column = columns[k];
        ticket.overlapped[k] = writes.running[column] > 0;
        writes.running[column]++;
        writes.lastStart[column] = ticket.start;
      }
      writes.total++;
      return writes;
    });
    return ticket;
  }

  /**
   * Records that a write of {@code entity}, computed against {@code base} and sent under {@code ticket} (null if the
   * write did not overlap another by construction), set each of {@code columns} to the serialized value at the same
   * position of {@code values} (null for null).
   */
  void merge(Object entity, Snapshot base, int[] columns, ByteBuffer[] values, Ticket ticket) {
    boolean[] overlapped = ticket == null ? new boolean[columns.length] : finish(entity, ticket);
    snapshots.compute(entity, current -> {
      Snapshot from = current == null ? base : current;
      Snapshot.Builder next = from.toBuilder();
      for (int k = 0; k < columns.length; k++) {
        int column = columns[k];
        boolean raced = overlapped[k] || (current != null && current != base && !current.sameAs(base, column)
            && current.differsFrom(column, values[k]));
        if (raced) {
          next.dirty(column);
        } else {
          next.recordEncoded(column, values[k], next.codec(column));
        }
      }
      return next.build();
    });
  }

  /**
   * Records that the write under {@code ticket} completed without being applied for sure: its columns that overlapped
   * another write, and all of them if it {@code mayHaveApplied} (a timeout, a lost connection), become dirty.
   */
  void abandon(Object entity, Ticket ticket, boolean mayHaveApplied) {
    boolean[] overlapped = finish(entity, ticket);
    snapshots.compute(entity, current -> {
      if (current == null) {
        return null;
      }
      Snapshot.Builder next = null;
      for (int k = 0; k < ticket.columns.length; k++) {
        if (mayHaveApplied || overlapped[k]) {
          next = next == null ? current.toBuilder() : next;
          next.dirty(ticket.columns[k]);
        }
      }
      return next == null ? current : next.build();
    });
  }

  /**
   * Records what an insert of {@code entity}, sent under {@code ticket}, left: {@code snapshot}, with the columns
   * that another write of the instance was writing at the same time marked dirty.
   */
  void replace(Object entity, Snapshot snapshot, Ticket ticket) {
    boolean[] overlapped = finish(entity, ticket);
    Snapshot.Builder next = null;
    for (int k = 0; k < ticket.columns.length; k++) {
      if (overlapped[k]) {
        next = next == null ? snapshot.toBuilder() : next;
        next.dirty(ticket.columns[k]);
      }
    }
    snapshots.put(entity, next == null ? snapshot : next.build());
  }

  private boolean[] finish(Object entity, Ticket ticket) {
    boolean[] overlapped = ticket.overlapped.clone();
    inFlight.compute(entity, writes -> {
      if (writes == null) {
        return null;
      }
      for (int k = 0; k < ticket.columns.length; k++) {
        int column = ticket.columns[k];
        overlapped[k] |= writes.running[column] > 1 || writes.lastStart[column] > ticket.start;
        writes.running[column]--;
      }
      return --writes.total == 0 ? null : writes;
    });
    return overlapped;
  }

  int size() {
    return snapshots.size();
  }

  /** The number of entities with writes in flight (for tests: entries must not outlive their writes). */
  int entitiesWithWritesInFlight() {
    return inFlight.size();
  }

  /** One write in flight: its columns, when it started, and which of them another write was already writing. */
  static final class Ticket {
    final int[] columns;
    final boolean[] overlapped;
    long start;

    Ticket(int[] columns) {
      this.columns = columns;
      this.overlapped = new boolean[columns.length];
    }
  }

  /** The writes of one entity in flight: per column, how many, and the start of the latest. */
  private static final class InFlight {
    final int[] running;
    final long[] lastStart;
    long clock;
    int total;

    InFlight(int width) {
      running = new int[width];
      lastStart = new long[width];
    }
  }
}
