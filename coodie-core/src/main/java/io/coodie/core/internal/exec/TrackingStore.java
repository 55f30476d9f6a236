package io.coodie.core.internal.exec;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.TrackingState;
import io.coodie.core.internal.mapping.EntityMapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.function.Function;

/**
 * Where the {@link Snapshot}s of tracked entities are kept: in the entity's own {@link TrackingState} field when its
 * class declares one, otherwise in a weak identity map. Both give the same {@link WeakIdentityMap.Slot} view (a
 * snapshot and an attachment, under a lock) to {@link ChangeTracker}.
 */
final class TrackingStore {

  private static final int LOCKS = 64;
  private static final Object[] FIELD_LOCKS = new Object[LOCKS];

  static {
    for (int i = 0; i < LOCKS; i++) {
      FIELD_LOCKS[i] = new Object();
    }
  }

  /** Per class: how to read and write its tracking field, or null for classes without one. */
  private static final ClassValue<Field> FIELDS = new ClassValue<>() {
    @Override
    protected Field computeValue(Class<?> type) {
      VarHandle handle;
      try {
        handle = EntityMapper.of(type).trackingState();
      } catch (MappingException notAnEntity) {
        return null;
      }
      return handle == null ? null : new Field(handle);
    }
  };

  private final WeakIdentityMap<Object, Snapshot> map = new WeakIdentityMap<>();

  Snapshot get(Object entity) {
    Field field = FIELDS.get(entity.getClass());
    if (field == null) {
      return map.get(entity);
    }
    Object state = field.read(entity);
    return state instanceof Busy busy ? busy.snapshot : (Snapshot) state;
  }

  /** Remembers the snapshot of an entity coodie has just built, which nothing else can be tracking yet. */
  void putNew(Object entity, Snapshot snapshot) {
    Field field = FIELDS.get(entity.getClass());
    if (field == null) {
      map.putNew(entity, snapshot);
    } else {
      field.write(entity, snapshot);
    }
  }

  /** Runs {@code action} on the entity's snapshot and attachment, under the entity's lock. */
  <R> R locked(Object entity, Function<WeakIdentityMap.Slot<Snapshot>, R> action) {
    Field field = FIELDS.get(entity.getClass());
    if (field == null) {
      return map.locked(entity, action);
    }
    synchronized (FIELD_LOCKS[System.identityHashCode(entity) & (LOCKS - 1)]) {
      return action.apply(new FieldSlot(field, entity));
    }
  }

  int size() {
    return map.size();
  }

  /** The tracking field's value while writes are in flight: the snapshot and the writes. */
  private static final class Busy implements TrackingState {
    Snapshot snapshot;
    Object running;

    Busy(Snapshot snapshot, Object running) {
      this.snapshot = snapshot;
      this.running = running;
    }
  }

  /** A {@link WeakIdentityMap.Slot} over an entity's tracking field; used under the entity's lock. */
  private record FieldSlot(Field field, Object entity) implements WeakIdentityMap.Slot<Snapshot> {
    @Override
    public Snapshot value() {
      Object state = field.read(entity);
      return state instanceof Busy busy ? busy.snapshot : (Snapshot) state;
    }

    @Override
    public void value(Snapshot value) {
      Object state = field.read(entity);
      if (state instanceof Busy busy) {
        busy.snapshot = value;
      } else {
        field.write(entity, value);
      }
    }

    @Override
    public Object attachment() {
      return field.read(entity) instanceof Busy busy ? busy.running : null;
    }

    @Override
    public void attachment(Object attachment) {
      Object state = field.read(entity);
      if (state instanceof Busy busy) {
        if (attachment == null) {
          field.write(entity, busy.snapshot);
        } else {
          busy.running = attachment;
        }
      } else if (attachment != null) {
        field.write(entity, new Busy((Snapshot) state, attachment));
      }
    }
  }

  /** Reads and writes one class's tracking field with acquire/release semantics. */
  private static final class Field {
    private final MethodHandle get;
    private final MethodHandle set;

    Field(VarHandle handle) {
      MethodType getter = MethodType.methodType(Object.class, Object.class);
      this.get = handle.toMethodHandle(VarHandle.AccessMode.GET_ACQUIRE).asType(getter);
      this.set = handle.toMethodHandle(VarHandle.AccessMode.SET_RELEASE)
          .asType(MethodType.methodType(void.class, Object.class, Object.class));
    }

    Object read(Object entity) {
      try {
        return get.invokeExact(entity);
      } catch (Throwable e) {
        throw new IllegalStateException("Cannot read the tracking state of " + entity.getClass().getName(), e);
      }
    }

    void write(Object entity, TrackingState state) {
      try {
        set.invokeExact(entity, (Object) state);
      } catch (Throwable e) {
        throw new IllegalStateException("Cannot write the tracking state of " + entity.getClass().getName(), e);
      }
    }
  }
}
