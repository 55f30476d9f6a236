package io.coodie.core.internal.exec;

import java.lang.ref.WeakReference;

/**
 * A concurrent map keyed by object identity that does not keep its keys alive: the snapshot of a loaded entity is
 * kept while the application holds the entity, and dropped some time after it no longer does.
 *
 * <p>It sits on the path of every entity coodie reads or writes, so it is built for that: lock striping by identity
 * hash; chained buckets whose entries are the weak references themselves (one allocation per put, none per get);
 * {@link #putNew} for objects just created, which skips the lookup; and no reference queue: the first write to a
 * stripe after a garbage collection (seen through a sentinel weak reference) sweeps the entries whose key was
 * collected in one pass over its table, which also grows or shrinks it to fit the live entries. A
 * {@code ConcurrentHashMap} of weak keys with a reference queue needs a key object per lookup, a node per put and a
 * hash lookup per collected key, which cost more than the rest of a read.
 *
 * <p>Memory: the value of a collected key is dropped at the next write to its stripe after the collection that
 * cleared the key (or when {@link #size()} is called).
 */
final class WeakIdentityMap<K, V> {

  private static final int STRIPES = 32;
  private static final int MIN_CAPACITY = 16;
  private final Stripe<V>[] stripes;

  @SuppressWarnings("unchecked")
  WeakIdentityMap() {
    stripes = new Stripe[STRIPES];
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe<>();
    }
  }

  V get(K key) {
    int hash = hash(key);
    return stripe(hash).get(key, hash);
  }

  /** Maps {@code key} to {@code value}, replacing any previous value. */
  void put(K key, V value) {
    int hash = hash(key);
    stripe(hash).put(key, hash, value, true);
  }

  /** Maps {@code key}, which the caller knows is not in the map (an object it just created), to {@code value}. */
  void putNew(K key, V value) {
    int hash = hash(key);
    stripe(hash).put(key, hash, value, false);
  }

  V remove(K key) {
    int hash = hash(key);
    return stripe(hash).remove(key, hash);
  }

  /** The number of entries whose key has not been collected. */
  int size() {
    int size = 0;
    for (Stripe<V> stripe : stripes) {
      size += stripe.live();
    }
    return size;
  }

  /** Weakly refers to an otherwise unreachable object: cleared by every garbage collection. */
  private static volatile WeakReference<Object> gcSentinel = new WeakReference<>(new Object());
  private static volatile int gcEpoch;

  /** A number that changes after each garbage collection (seen by the first caller after it). */
  private static int gcEpoch() {
    WeakReference<Object> sentinel = gcSentinel;
    if (sentinel.get() == null) {
      synchronized (WeakIdentityMap.class) {
        if (gcSentinel == sentinel) {
          gcSentinel = new WeakReference<>(new Object());
          gcEpoch++;
        }
      }
    }
    return gcEpoch;
  }

  private static int hash(Object key) {
    int h = System.identityHashCode(key);
    return h ^ (h >>> 16);
  }

  private Stripe<V> stripe(int hash) {
    // the low bits pick the bucket inside a stripe; the stripe comes from higher ones
    return stripes[(hash >>> 24) & (STRIPES - 1)];
  }

  /** One lock's share of the entries: a chained hash table like {@code WeakHashMap}'s. */
  private static final class Stripe<V> {
    @SuppressWarnings("unchecked")
    private Entry<V>[] table = new Entry[MIN_CAPACITY];
    /** Entries in the table, including those whose key was collected. */
    private int size;
    /** The {@link #gcEpoch()} of the last sweep. */
    private int sweptEpoch;

    synchronized V get(Object key, int hash) {
      for (Entry<V> e = table[hash & (table.length - 1)]; e != null; e = e.next) {
        if (e.hash == hash && e.get() == key) {
          return e.value;
        }
      }
      return null;
    }

    synchronized void put(Object key, int hash, V value, boolean mayExist) {
      int index = hash & (table.length - 1);
      if (mayExist) {
        for (Entry<V> e = table[index]; e != null; e = e.next) {
          if (e.hash == hash && e.get() == key) {
            e.value = value;
            return;
          }
        }
      }
      table[index] = new Entry<>(key, hash, value, table[index]);
      int epoch = gcEpoch();
      if (++size > table.length * 2) {
        sweep(table.length * 2);
        sweptEpoch = epoch;
      } else if (epoch != sweptEpoch) {
        sweep(table.length);
        sweptEpoch = epoch;
      }
    }

    synchronized V remove(Object key, int hash) {
      int index = hash & (table.length - 1);
      Entry<V> previous = null;
      for (Entry<V> e = table[index]; e != null; previous = e, e = e.next) {
        if (e.hash == hash && e.get() == key) {
          if (previous == null) {
            table[index] = e.next;
          } else {
            previous.next = e.next;
          }
          size--;
          e.clear();
          return e.value;
        }
      }
      return null;
    }

    synchronized int live() {
      sweep(table.length);
      return size;
    }

    /**
     * Drops the entries of collected keys in one pass, into a table of {@code capacity} buckets; shrinks it again
     * (a pass over the few survivors) when most keys had been collected.
     */
    private void sweep(int capacity) {
      Entry<V>[] swept = rehash(table, capacity);
      if (size * 8 < swept.length && swept.length > MIN_CAPACITY) {
        int smaller = MIN_CAPACITY;
        while (smaller < size * 2) {
          smaller <<= 1;
        }
        swept = rehash(swept, smaller);
      }
      table = swept;
    }

    /** The live entries of {@code from} in a new table of {@code capacity} buckets; sets {@link #size}. */
    private Entry<V>[] rehash(Entry<V>[] from, int capacity) {
      @SuppressWarnings("unchecked")
      Entry<V>[] to = new Entry[capacity];
      int live = 0;
      for (Entry<V> head : from) {
        Entry<V> e = head;
        while (e != null) {
          Entry<V> next = e.next;
          if (e.get() != null) {
            int index = e.hash & (capacity - 1);
            e.next = to[index];
            to[index] = e;
            live++;
          }
          e = next;
        }
      }
      size = live;
      return to;
    }
  }

  /** A weak reference to a key that is also the map entry holding its value. */
  private static final class Entry<V> extends WeakReference<Object> {
    final int hash;
    V value;
    Entry<V> next;

    Entry(Object key, int hash, V value, Entry<V> next) {
      super(key);
      this.hash = hash;
      this.value = value;
      this.next = next;
    }
  }
}
