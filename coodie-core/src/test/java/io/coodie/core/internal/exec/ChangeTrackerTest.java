package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** How concurrent writes of one instance are recorded: never a value the row may not hold. */
class ChangeTrackerTest {

  private static final ProtocolVersion V5 = DefaultProtocolVersion.V5;
  @SuppressWarnings("unchecked")
  private static final TypeCodec<Object> INT = (TypeCodec<Object>) (TypeCodec<?>) TypeCodecs.INT;
  private static final int[] P = {0};

  private final ChangeTracker tracker = new ChangeTracker();
  private final Object entity = new Object();

  private static ByteBuffer[] value(int v) {
    return new ByteBuffer[] {INT.encode(v, V5)};
  }

  private Snapshot tracked(int p, int q) {
    Snapshot snapshot = Snapshot.builder(2).record(0, p, INT, V5).record(1, q, INT, V5).build();
    tracker.put(entity, snapshot);
    return snapshot;
  }

  @Test
  void aWriteAloneRecordsWhatItBound() {
    Snapshot base = tracked(1, 5);
    ChangeTracker.Ticket ticket = tracker.start(entity, P);
    tracker.merge(entity, base, P, value(2), ticket);

    Snapshot now = tracker.get(entity);
    assertThat(now.differs(0, 2, V5)).isFalse();
    assertThat(now.known(0)).isTrue();
    assertThat(now.dirty(0)).isFalse();
    assertThat(now.differs(1, 5, V5)).isFalse();
    assertThat(tracker.writesInFlight(entity)).isZero();
  }

  @Test
  void twoWritesOfOneColumnInFlightTogetherLeaveItDirtyWhicheverCompletesFirst() {
    for (boolean firstCompletesFirst : new boolean[] {true, false}) {
      Snapshot base = tracked(1, 5);
      ChangeTracker.Ticket first = tracker.start(entity, P);
      ChangeTracker.Ticket second = tracker.start(entity, P);
      if (firstCompletesFirst) {
        tracker.merge(entity, base, P, value(2), first);
        tracker.merge(entity, base, P, value(3), second);
      } else {
        tracker.merge(entity, base, P, value(3), second);
        tracker.merge(entity, base, P, value(2), first);
      }
      Snapshot now = tracker.get(entity);
      assertThat(now.dirty(0)).as("first completes first: %s", firstCompletesFirst).isTrue();
      assertThat(now.differs(0, 2, V5)).isTrue();
      assertThat(now.differs(0, 3, V5)).isTrue();
      assertThat(now.differs(1, 5, V5)).isFalse();
      assertThat(tracker.writesInFlight(entity)).isZero();
    }
  }

  @Test
  void overlappingWritesOfTheSameValueAreStillDirtyBecauseAThirdMayHaveComeBetween() {
    // a stale save sending the value an earlier save already recorded can reach the server after a newer one
    Snapshot base = tracked(18, 5);
    ChangeTracker.Ticket stale = tracker.start(entity, P);
    Snapshot recorded = Snapshot.builder(2).record(0, 19, INT, V5).record(1, 5, INT, V5).build();
    tracker.put(entity, recorded);
    ChangeTracker.Ticket newer = tracker.start(entity, P);
    tracker.merge(entity, base, P, value(19), stale);
    tracker.merge(entity, recorded, P, value(20), newer);

    assertThat(tracker.get(entity).dirty(0)).isTrue();
  }

  @Test
  void writesOfOtherColumnsDoNotMakeEachOtherDirty() {
    Snapshot base = tracked(1, 5);
    ChangeTracker.Ticket p = tracker.start(entity, P);
    ChangeTracker.Ticket q = tracker.start(entity, new int[] {1});
    tracker.merge(entity, base, new int[] {1}, value(6), q);
    tracker.merge(entity, base, P, value(2), p);

    Snapshot now = tracker.get(entity);
    assertThat(now.dirty(0) || now.dirty(1)).isFalse();
    assertThat(now.differs(0, 2, V5)).isFalse();
    assertThat(now.differs(1, 6, V5)).isFalse();
  }

  @Test
  void aValueAnotherWriteRecordedSinceTheDiffWasTakenMakesTheColumnDirty() {
    Snapshot base = tracked(1, 5);
    Snapshot other = Snapshot.builder(2).record(0, 7, INT, V5).record(1, 5, INT, V5).build();
    tracker.put(entity, other);
    ChangeTracker.Ticket late = tracker.start(entity, P);
    tracker.merge(entity, base, P, value(2), late);
    assertThat(tracker.get(entity).dirty(0)).isTrue();
  }

  @Test
  void aFailedWriteThatMayHaveAppliedLeavesItsColumnsDirtyAndARefusedOneLeavesThemAsTheyWere() {
    tracked(1, 5);
    tracker.abandon(entity, tracker.start(entity, P), false);
    assertThat(tracker.get(entity).dirty(0)).isFalse();
    assertThat(tracker.get(entity).differs(0, 1, V5)).isFalse();

    tracker.abandon(entity, tracker.start(entity, P), true);
    assertThat(tracker.get(entity).dirty(0)).isTrue();
    assertThat(tracker.get(entity).dirty(1)).isFalse();
    assertThat(tracker.writesInFlight(entity)).isZero();
  }

  @Test
  void aDirtyColumnDiffersFromEveryValueUntilAWriteRecordsOne() {
    Snapshot base = tracked(1, 5);
    tracker.abandon(entity, tracker.start(entity, P), true);
    Snapshot dirty = tracker.get(entity);
    assertThat(dirty.differs(0, 1, V5)).isTrue();
    assertThat(dirty.differs(0, null, V5)).isTrue();

    tracker.merge(entity, dirty, P, value(1), tracker.start(entity, P));
    assertThat(tracker.get(entity).dirty(0)).isFalse();
    assertThat(tracker.get(entity).differs(0, 1, V5)).isFalse();
    assertThat(base.differs(0, 1, V5)).isFalse();
  }
}
