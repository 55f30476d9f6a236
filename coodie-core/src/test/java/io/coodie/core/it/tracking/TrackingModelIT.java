package io.coodie.core.it.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.query.Query;
import io.coodie.core.it.StatementLog;
import io.coodie.core.it.tracking.Tracked.Item;
import io.coodie.core.it.tracking.Tracked.Spot;
import io.coodie.core.it.tracking.Tracked.StatefulItem;
import io.coodie.core.it.tracking.TrackingModel.Col;
import io.coodie.core.it.tracking.TrackingModel.Partition;
import io.coodie.core.it.tracking.TrackingModel.SpotValue;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A model-based test of change tracking against the real node: random sequences of full, partial and asynchronous
 * loads, in-place and replacing changes of scalars, primitives, collections, a UDT, a static column and nulls,
 * sync, async and batched saves and updates (and changes made while an async save is in flight), inserts, deletes,
 * and writes by another client to the same rows; after every step the rows must equal {@link TrackingModel}'s, and
 * every save must send exactly one statement when something changed and none otherwise.
 *
 * <p>{@code -Dcoodie.model.runs} (default 50) sequences of {@code -Dcoodie.model.steps} (default 100) steps;
 * {@code -Dcoodie.model.seed} replays a failure (the seed and the last steps are in the failure message).
 */
@CassandraTest
class TrackingModelIT {

  private static final int RUNS = Integer.getInteger("coodie.model.runs", 50);
  private static final int STEPS = Integer.getInteger("coodie.model.steps", 100);
  private static final int[] CLUSTERS = {1, 2};
  private static final AtomicInteger PARTITIONS = new AtomicInteger(1000);
  private static final AtomicInteger HANDLES = new AtomicInteger();
  private static java.util.function.BiFunction<Integer, Integer, Item> newItem;
  /** How often each kind of step did something, to prove the sequences exercise what they claim to. */
  private static final Map<String, Integer> COUNTS = new java.util.TreeMap<>();

  private static void count(String what) {
    COUNTS.merge(what, 1, Integer::sum);
  }

  static StatementLog log;
  static Coodie coodie;
  static EntityOperations<Item> items;
  static EntityOperations<Item> statefulItems;
  static EntityOperations<Item> weakItems;
  static CqlSession raw;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Tracked.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    coodie = Coodie.create(log.session);
    weakItems = coodie.entity(Item.class);
    @SuppressWarnings("unchecked")
    EntityOperations<Item> stateful = (EntityOperations<Item>) (EntityOperations<?>) coodie.entity(StatefulItem.class);
    statefulItems = stateful;
    raw = keyspace.session();
  }

  @AfterAll
  static void close() {
    log.close();
  }

  /** Entities tracked in coodie's weak identity map (classes without a {@code TrackingState} field, records). */
  @Test
  void everySequenceLeavesTheRowsTheModelPredicts() {
    run(weakItems, Item::new);
  }

  /** Entities that keep their tracking state in a {@code TrackingState} field. */
  @Test
  void everySequenceLeavesTheRowsTheModelPredictsWithTheStateInTheEntity() {
    run(statefulItems, StatefulItem::new);
    assertThat(COUNTS.get("state held in the entity")).isGreaterThan(RUNS * STEPS / 20);
  }

  private static void run(EntityOperations<Item> operations,
      java.util.function.BiFunction<Integer, Integer, Item> factory) {
    items = operations;
    newItem = factory;
    COUNTS.clear();
    long seed = Long.getLong("coodie.model.seed", new Random().nextLong());
    Random seeds = new Random(seed);
    int steps = 0;
    for (int run = 0; run < RUNS; run++) {
      World world = new World(new Random(seeds.nextLong()));
      for (int step = 0; step < STEPS; step++) {
        try {
          world.step();
          world.verify();
        } catch (Throwable failure) {
          throw new AssertionError("Model divergence in run " + run + ", step " + step + " (replay with"
              + " -Dcoodie.model.seed=" + seed + "): " + failure.getMessage() + "\nLast steps:\n"
              + String.join("\n", world.history), failure);
        }
        steps++;
      }
    }
    System.out.printf("TrackingModelIT: %d steps in %d runs, seed %d, 0 divergences; %s%n", steps, RUNS, seed,
        COUNTS);
    assertThat(steps).isEqualTo(RUNS * STEPS);
    int floor = RUNS * STEPS / 200;
    for (String kind : List.of("load full", "load partial", "load distinct", "write sent", "write with nothing to send",
        "write refused without key", "async save changed in flight", "batch", "insert", "delete", "other client")) {
      assertThat(COUNTS.getOrDefault(kind, 0)).as("steps that did: " + kind).isGreaterThanOrEqualTo(floor);
    }
  }

  /** An entity instance the application holds, and what the model says coodie knows of it. */
  static final class Handle {
    final Item item;
    final int cluster;
    final EnumMap<Col, Object> base;
    final Set<Col> known;
    /** Read without its clustering key: every write must be refused. */
    final boolean keyless;
    final int id = HANDLES.incrementAndGet();

    Handle(Item item, int cluster, EnumMap<Col, Object> base, Set<Col> known, boolean keyless) {
      this.item = item;
      this.cluster = cluster;
      this.base = base;
      this.known = known;
      this.keyless = keyless;
    }
  }

  /** One sequence: a partition of its own, the model of it, and the entities held. */
  static final class World {
    final Random random;
    final int part = PARTITIONS.incrementAndGet();
    final Partition model = new Partition();
    final List<Handle> handles = new ArrayList<>();
    final Deque<String> history = new ArrayDeque<>();

    World(Random random) {
      this.random = random;
    }

    void note(String what) {
      history.addLast(what);
      if (history.size() > 80) {
        history.removeFirst();
      }
    }

    void step() {
      int dice = random.nextInt(100);
      if (handles.isEmpty()) {
        dice = random.nextInt(3) == 0 ? 80 : 86; // an external write or an insert, so there is something to load
      }
      if (dice < 12) {
        load();
      } else if (dice < 40) {
        mutate(pick());
      } else if (dice < 62) {
        save(pick());
      } else if (dice < 70) {
        saveAsyncThenMutate(pick());
      } else if (dice < 76) {
        batch();
      } else if (dice < 85) {
        externalWrite();
      } else if (dice < 92) {
        insert();
      } else {
        delete(pick());
      }
    }

    private Handle pick() {
      return handles.get(random.nextInt(handles.size()));
    }

    private int cluster() {
      return CLUSTERS[random.nextInt(CLUSTERS.length)];
    }

    private void hold(Handle handle) {
      note("  -> h" + handle.id);
      if (handle.item instanceof StatefulItem stateful) {
        assertThat(stateful.holdsTrackingState()).as("tracking state in the entity").isTrue();
        count("state held in the entity");
      }
      handles.add(handle);
      if (handles.size() > 6) {
        handles.remove(0);
      }
    }

    // ------------------------------------------------------------- loads

    void load() {
      int cluster = cluster();
      int mode = random.nextInt(6);
      Set<Col> read = EnumSet.allOf(Col.class);
      Optional<Item> found;
      Query<Item> query = items.query().where("part").eq(part).where("cluster").eq(cluster);
      switch (mode) {
        case 0 -> {
          note("get(" + cluster + ")");
          found = items.get(part, cluster);
        }
        case 1 -> {
          note("getAsync(" + cluster + ")");
          found = items.getAsync(part, cluster).toCompletableFuture().join();
        }
        case 2, 3 -> {
          read = randomColumns();
          note("only" + read + "(" + cluster + ")" + (mode == 3 ? " async" : ""));
          Query<Item> partial = query.only(read.stream().map(Col::property).toArray(String[]::new));
          found = mode == 2 ? partial.one() : partial.oneAsync().toCompletableFuture().join();
        }
        case 4 -> {
          Set<Col> deferred = randomColumns();
          read = EnumSet.complementOf(EnumSet.copyOf(deferred));
          note("defer" + deferred + "(" + cluster + ")");
          found = query.defer(deferred.stream().map(Col::property).toArray(String[]::new)).one();
        }
        default -> {
          note("distinct()");
          Optional<Item> partition = items.query().where("part").eq(part).distinct().one();
          partition.ifPresent(item -> {
            count("load distinct");
            assertThat(item.shared).as("static read by distinct()").isEqualTo(model.shared);
            hold(new Handle(item, -1, TrackingModel.values(item), EnumSet.of(Col.SHARED), true));
          });
          return;
        }
      }
      if (found.isEmpty()) {
        assertThat(rowExists(cluster)).as("a row coodie did not find").isFalse();
        return;
      }
      Item item = found.get();
      EnumMap<Col, Object> values = TrackingModel.values(item);
      for (Col col : Col.values()) {
        Object expected = read.contains(col) ? col.asRead(model.get(cluster, col)) : col.unread();
        assertThat(values.get(col)).as("%s as loaded", col).isEqualTo(expected);
      }
      count(read.size() == Col.values().length ? "load full" : "load partial");
      hold(new Handle(item, cluster, values, EnumSet.copyOf(read), false));
    }

    private Set<Col> randomColumns() {
      Set<Col> columns = EnumSet.noneOf(Col.class);
      for (Col col : Col.values()) {
        if (random.nextInt(3) == 0) {
          columns.add(col);
        }
      }
      if (columns.isEmpty()) {
        columns.add(Col.values()[random.nextInt(Col.values().length)]);
      }
      return columns;
    }

    private boolean rowExists(int cluster) {
      EnumMap<Col, Object> row = model.rows.get(cluster);
      return row != null && row.entrySet().stream().anyMatch(e -> !e.getKey().isStatic() && e.getValue() != null);
    }

    // ------------------------------------------------------------- changes the application makes

    void mutate(Handle handle) {
      int count = 1 + random.nextInt(3);
      note("mutate h" + handle.id);
      for (int i = 0; i < count; i++) {
        note("  " + change(handle.item));
      }
    }

    /** One in-place or replacing change of one property; returns what it did. */
    private String change(Item item) {
      Col col = Col.values()[random.nextInt(Col.values().length)];
      int op = random.nextInt(4);
      switch (col) {
        case NAME -> item.name = pick(null, "a", "b", "c");
        case STOCK -> item.stock = random.nextInt(4);
        case FLAG -> item.flag = random.nextBoolean();
        case BOXED -> item.boxed = pick(null, 0, 1, 2);
        case STATUS -> item.status = pick(null, "NEW", "OK", "GONE");
        case SHARED -> item.shared = pick(null, "s1", "s2");
        case TEXT_SET -> {
          switch (op) {
            case 0 -> item.textSet.add(pick("a", "b", "c", "d", "e"));
            case 1 -> item.textSet.remove(pick("a", "b", "c", "d", "e"));
            case 2 -> item.textSet = new LinkedHashSet<>(randomList());
            default -> item.textSet.clear();
          }
        }
        case TEXT_LIST -> {
          List<String> list = item.textList;
          switch (op) {
            case 0 -> list.add(pick("a", "b", "c"));
            case 1 -> list.add(0, pick("a", "b", "c"));
            case 2 -> {
              if (!list.isEmpty()) {
                list.set(random.nextInt(list.size()), pick("x", "y"));
              }
            }
            default -> {
              if (random.nextBoolean()) {
                item.textList = randomList();
              } else if (!list.isEmpty()) {
                list.remove(random.nextInt(list.size()));
              }
            }
          }
        }
        case TEXT_MAP -> {
          switch (op) {
            case 0, 1 -> item.textMap.put(pick("k1", "k2", "k3"), random.nextInt(3));
            case 2 -> item.textMap.remove(pick("k1", "k2", "k3"));
            default -> {
              Map<String, Integer> map = new LinkedHashMap<>();
              randomList().forEach(k -> map.put(k, random.nextInt(3)));
              item.textMap = map;
            }
          }
        }
        case SPOT -> {
          if (item.spot != null && op < 2) {
            if (op == 0) {
              item.spot.level = random.nextInt(3);
            } else {
              item.spot.label = pick("top", "low", null);
            }
          } else {
            item.spot = op == 3 ? null : new Spot(pick("top", "low"), random.nextInt(3));
          }
        }
      }
      return col + " -> " + col.of(item);
    }

    private List<String> randomList() {
      List<String> list = new ArrayList<>();
      int size = random.nextInt(4);
      for (int i = 0; i < size; i++) {
        list.add(pick("a", "b", "c", "d"));
      }
      return list;
    }

    @SafeVarargs
    private <V> V pick(V... values) {
      return values[random.nextInt(values.length)];
    }

    // ------------------------------------------------------------- writes through coodie

    void save(Handle handle) {
      int how = random.nextInt(4);
      String name = new String[] {"save", "update", "saveAsync", "updateAsync"}[how];
      note(name + " h" + handle.id + " (row " + handle.cluster + ")");
      log.clear();
      if (refusedWithoutKey(handle, () -> {
        switch (how) {
          case 0 -> items.save(handle.item);
          case 1 -> items.update(handle.item);
          case 2 -> items.saveAsync(handle.item).toCompletableFuture().join();
          default -> items.updateAsync(handle.item).toCompletableFuture().join();
        }
      })) {
        return;
      }
      boolean wrote = TrackingModel.save(model, handle.cluster, TrackingModel.values(handle.item), handle.base,
          handle.known);
      count(wrote ? "write sent" : "write with nothing to send");
      assertThat(log.executed()).as("statements sent by " + name).hasSize(wrote ? 1 : 0);
    }

    void saveAsyncThenMutate(Handle handle) {
      note("saveAsync h" + handle.id + " (row " + handle.cluster + ") then, in flight:");
      EnumMap<Col, Object> atCall = TrackingModel.values(handle.item);
      log.clear();
      if (handle.keyless) {
        refusedWithoutKey(handle, () -> items.saveAsync(handle.item));
        return;
      }
      CompletableFuture<Void> inFlight = items.saveAsync(handle.item).toCompletableFuture();
      mutate(handle);
      inFlight.join();
      boolean wrote = TrackingModel.save(model, handle.cluster, atCall, handle.base, handle.known);
      if (wrote) {
        count("async save changed in flight");
      }
      assertThat(log.executed()).as("statements sent by saveAsync").hasSize(wrote ? 1 : 0);
    }

    void batch() {
      List<Handle> writable = handles.stream().filter(h -> !h.keyless).toList();
      if (writable.isEmpty()) {
        return;
      }
      Handle first = writable.get(random.nextInt(writable.size()));
      Handle second = writable.stream().filter(h -> h.cluster != first.cluster).findAny().orElse(null);
      if (second != null && !Objects.equals(second.item.shared, second.base.get(Col.SHARED))
          && !Objects.equals(first.item.shared, first.base.get(Col.SHARED))) {
        second = null; // two static writes in one batch share a timestamp: which one wins is not the model's
      }
      note("batch save h" + first.id + (second == null ? "" : ", h" + second.id));
      var batch = coodie.batch(DefaultBatchType.LOGGED).save(items, first.item);
      EnumMap<Col, Object> firstValues = TrackingModel.values(first.item);
      EnumMap<Col, Object> secondValues = second == null ? null : TrackingModel.values(second.item);
      if (second != null) {
        batch.save(items, second.item);
      }
      log.clear();
      batch.execute();
      boolean wrote = TrackingModel.save(model, first.cluster, firstValues, first.base, first.known);
      if (second != null) {
        wrote |= TrackingModel.save(model, second.cluster, secondValues, second.base, second.known);
      }
      count("batch");
      assertThat(log.executed()).as("statements sent by the batch").hasSize(wrote ? 1 : 0);
    }

    void insert() {
      int cluster = cluster();
      Item item = newItem.apply(part, cluster);
      for (int i = random.nextInt(5); i > 0; i--) {
        change(item);
      }
      note("insert(" + cluster + ") " + TrackingModel.values(item));
      items.insert(item);
      EnumMap<Col, Object> values = TrackingModel.values(item);
      Set<Col> known = EnumSet.noneOf(Col.class);
      values.forEach((col, value) -> {
        if (value != null) {
          model.set(cluster, col, value);
          known.add(col);
        }
      });
      count("insert");
      hold(new Handle(item, cluster, values, known, false));
    }

    void delete(Handle handle) {
      note("delete h" + handle.id + " (row " + handle.cluster + ")");
      log.clear();
      if (refusedWithoutKey(handle, () -> items.delete(handle.item))) {
        return;
      }
      count("delete");
      model.deleteRow(handle.cluster);
    }

    /** Runs a write of a handle; if it was read without its key, asserts it was refused and nothing was sent. */
    private boolean refusedWithoutKey(Handle handle, Runnable write) {
      if (!handle.keyless) {
        write.run();
        return false;
      }
      try {
        write.run();
      } catch (IllegalArgumentException expected) {
        assertThat(expected).hasMessageContaining("without its primary key properties [cluster]");
        assertThat(log.executed()).as("statements sent for an entity without its key").isEmpty();
        count("write refused without key");
        return true;
      }
      throw new AssertionError("A write of an entity read without its clustering key was not refused");
    }

    // ------------------------------------------------------------- another client

    void externalWrite() {
      int cluster = cluster();
      Col col = Col.values()[random.nextInt(Col.values().length)];
      String where = " WHERE part = " + part + (col.isStatic() ? "" : " AND cluster = " + cluster);
      boolean add = random.nextBoolean();
      String value;
      Object next;
      Object stored = model.get(cluster, col);
      switch (col) {
        case NAME, STATUS, SHARED -> {
          String v = pick("a", "z", null);
          value = v == null ? "null" : "'" + v + "'";
          next = v;
        }
        case STOCK, BOXED -> {
          Integer v = pick(0, 7, null);
          value = String.valueOf(v);
          next = v;
        }
        case FLAG -> {
          Boolean v = pick(true, false, null);
          value = String.valueOf(v);
          next = v;
        }
        case TEXT_SET -> {
          String element = pick("a", "q");
          value = add ? "text_set + {'" + element + "'}" : "{'" + element + "'}";
          Set<String> set = add && stored != null ? new LinkedHashSet<>(castSet(stored)) : new LinkedHashSet<>();
          set.add(element);
          next = set;
        }
        case TEXT_LIST -> {
          String element = pick("a", "q");
          value = add ? "text_list + ['" + element + "']" : "['" + element + "']";
          List<String> list = add && stored != null ? new ArrayList<>(castList(stored)) : new ArrayList<>();
          list.add(element);
          next = list;
        }
        case TEXT_MAP -> {
          String key = pick("k1", "k9");
          value = add ? "text_map + {'" + key + "': 5}" : "{'" + key + "': 5}";
          Map<String, Integer> map = add && stored != null ? new LinkedHashMap<>(castMap(stored))
              : new LinkedHashMap<>();
          map.put(key, 5);
          next = map;
        }
        default -> {
          value = add ? "null" : "{label: 'ext', level: 1}";
          next = add ? null : new SpotValue("ext", 1);
        }
      }
      note("other client: UPDATE SET " + col.cql + " = " + value + where);
      raw.execute("UPDATE tracked_item SET " + col.cql + " = " + value + where);
      count("other client");
      model.set(cluster, col, next);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> castSet(Object value) {
      return (Set<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
      return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> castMap(Object value) {
      return (Map<String, Integer>) value;
    }

    // ------------------------------------------------------------- the check

    void verify() {
      for (int cluster : CLUSTERS) {
        Row row = raw.execute("SELECT * FROM tracked_item WHERE part = ? AND cluster = ?", part, cluster).one();
        for (Col col : Col.values()) {
          if (!col.isStatic()) {
            assertThat(col.of(row)).as("row %d, %s", cluster, col).isEqualTo(model.get(cluster, col));
          }
        }
      }
      Row any = raw.execute("SELECT shared FROM tracked_item WHERE part = ? LIMIT 1", part).one();
      assertThat(Col.SHARED.of(any)).as("static column").isEqualTo(model.shared);
    }
  }
}
