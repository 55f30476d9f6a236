package io.coodie.core.internal.exec;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A concurrent map keyed by object identity that does not keep its keys alive: the snapshot of a loaded entity lives
 * exactly as long as the entity the application holds.
 */
final class WeakIdentityMap<K, V> {

  private final ConcurrentHashMap<Ref<K>, V> map = new ConcurrentHashMap<>();
  private final ReferenceQueue<K> cleared = new ReferenceQueue<>();

  V get(K key) {
    return map.get(new Ref<>(key, null));
  }

  void put(K key, V value) {
    expunge();
    map.put(new Ref<>(key, cleared), value);
  }

  V remove(K key) {
    return map.remove(new Ref<>(key, null));
  }

  int size() {
    expunge();
    return map.size();
  }

  private void expunge() {
    Object ref;
    while ((ref = cleared.poll()) != null) {
      map.remove(ref);
    }
  }

  /** A weak reference comparing referents by identity, with the identity hash captured at creation. */
  private static final class Ref<K> extends WeakReference<K> {
    private final int hash;

    Ref(K referent, ReferenceQueue<K> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Ref<?> r)) {
        return false;
      }
      Object mine = get();
      return mine != null && mine == r.get();
    }
  }
}
