package io.coodie.core.internal.exec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A concurrent cache holding at most {@code capacity} entries, evicting the oldest inserted first. Lookups of
 * present keys are a single {@link ConcurrentHashMap#get}: this sits on every statement's hot path.
 */
final class BoundedCache<K, V> {

  private final int capacity;
  private final Map<K, V> entries = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<K> insertionOrder = new ConcurrentLinkedQueue<>();

  BoundedCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
  }

  /** The cached value, or {@code null}. */
  V get(K key) {
    return entries.get(key);
  }

  /** The cached value, computing and caching it if absent (the computation may run more than once on a race). */
  V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
    V value = entries.get(key);
    if (value != null) {
      return value;
    }
    V computed = compute.apply(key);
    return put(key, computed);
  }

  /** Caches {@code value} unless another thread won the race; returns the cached one. */
  V put(K key, V value) {
    V previous = entries.putIfAbsent(key, value);
    if (previous != null) {
      return previous;
    }
    insertionOrder.add(key);
    while (entries.size() > capacity) {
      K eldest = insertionOrder.poll();
      if (eldest == null) {
        break;
      }
      entries.remove(eldest);
    }
    return value;
  }

  /** Removes the entry if it still maps to {@code value}. */
  void remove(K key, V value) {
    if (entries.remove(key, value)) {
      insertionOrder.remove(key);
    }
  }

  int size() {
    return entries.size();
  }
}
