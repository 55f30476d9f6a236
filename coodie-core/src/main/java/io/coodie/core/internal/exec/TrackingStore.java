package io.coodie.core.internal.exec;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.TrackingState;
import io.coodie.core.internal.mapping.EntityMapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * Where the {@link Snapshot}s of tracked entities are kept: in the entity's own {@link TrackingState} field when its
 * class declares one, otherwise in a weak identity map. Thread-safe; {@link ChangeTracker} serialises the updates of
 * one entity.
 */
final class TrackingStore {

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
    return field == null ? map.get(entity) : (Snapshot) field.read(entity);
  }

  void put(Object entity, Snapshot snapshot) {
    Field field = FIELDS.get(entity.getClass());
    if (field == null) {
      map.put(entity, snapshot);
    } else {
      field.write(entity, snapshot);
    }
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

  int size() {
    return map.size();
  }

  /** Reads and writes one class's tracking field with acquire/release semantics. */
  private static final class Field {
    private final MethodHandle get;
    private final MethodHandle set;

    Field(VarHandle handle) {
      this.get = handle.toMethodHandle(VarHandle.AccessMode.GET_ACQUIRE)
          .asType(MethodType.methodType(Object.class, Object.class));
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
