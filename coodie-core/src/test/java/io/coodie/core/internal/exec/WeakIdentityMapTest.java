package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WeakIdentityMapTest {

  /** Equal to every other instance, so only identity can tell them apart. */
  static final class Same {
    @Override
    public boolean equals(Object other) {
      return other instanceof Same;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  @Test
  void keysAreComparedByIdentity() {
    WeakIdentityMap<Object, String> map = new WeakIdentityMap<>();
    Same a = new Same();
    Same b = new Same();
    map.put(a, "a");
    assertThat(map.get(a)).isEqualTo("a");
    assertThat(map.get(b)).isNull();
    map.put(b, "b");
    map.put(a, "a2");
    assertThat(map.get(a)).isEqualTo("a2");
    assertThat(map.get(b)).isEqualTo("b");
    assertThat(map.size()).isEqualTo(2);
    assertThat(map.remove(a)).isEqualTo("a2");
    assertThat(map.remove(a)).isNull();
    assertThat(map.get(a)).isNull();
    assertThat(map.size()).isEqualTo(1);
  }

  @Test
  void growsAndKeepsEveryEntry() {
    WeakIdentityMap<Object, Integer> map = new WeakIdentityMap<>();
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      Object key = new Object();
      keys.add(key);
      map.put(key, i);
    }
    for (int i = 0; i < keys.size(); i++) {
      assertThat(map.get(keys.get(i))).isEqualTo(i);
    }
    assertThat(map.size()).isEqualTo(100_000);
  }

  @Test
  void entriesOfUnreachableKeysAreDropped() throws InterruptedException {
    WeakIdentityMap<Object, byte[]> map = new WeakIdentityMap<>();
    Object kept = new Object();
    map.put(kept, new byte[1]);
    for (int i = 0; i < 10_000; i++) {
      map.put(new Object(), new byte[100]);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (map.size() > 1 && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(map.size()).isEqualTo(1);
    assertThat(map.get(kept)).hasSize(1);
  }

  @Test
  void concurrentPutsAndGetsLoseNothing() throws Exception {
    WeakIdentityMap<Object, Integer> map = new WeakIdentityMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Object>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          List<Object> keys = new ArrayList<>();
          for (int i = 0; i < 20_000; i++) {
            Object key = new Object();
            keys.add(key);
            map.put(key, i);
            if (map.get(key) != i) {
              throw new AssertionError("lost " + i);
            }
          }
          return keys;
        }));
      }
      int total = 0;
      for (Future<List<Object>> result : results) {
        List<Object> keys = result.get(30, TimeUnit.SECONDS);
        for (int i = 0; i < keys.size(); i++) {
          assertThat(map.get(keys.get(i))).isEqualTo(i);
        }
        total += keys.size();
      }
      assertThat(map.size()).isEqualTo(total);
    } finally {
      pool.shutdownNow();
    }
  }
}
