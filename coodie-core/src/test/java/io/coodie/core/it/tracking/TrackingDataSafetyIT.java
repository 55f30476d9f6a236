package io.coodie.core.it.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.StatementLog;
import io.coodie.core.it.tracking.Tracked.Contact;
import io.coodie.core.it.tracking.Tracked.Item;
import io.coodie.core.it.tracking.Tracked.Spot;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The three ways change tracking lost data before it was rebuilt (partial loads, async saves, null columns read into
 * primitives), each as the user met it: the statements sent and the row left behind.
 */
@CassandraTest
class TrackingDataSafetyIT {

  private static final String KEY = " WHERE part=? AND cluster=?";
  static StatementLog log;
  static Coodie coodie;
  static EntityOperations<Item> items;
  static EntityOperations<Contact> contacts;
  static final AtomicInteger partitions = new AtomicInteger();

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Tracked.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    coodie = Coodie.create(log.session);
    items = coodie.entity(Item.class);
    contacts = coodie.entity(Contact.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @BeforeEach
  void clear() {
    log.clear();
  }

  /** A full row in a partition of its own, inserted; the log is cleared. */
  private static Item stored() {
    Item item = new Item(partitions.incrementAndGet(), 7);
    item.name = "lamp";
    item.stock = 5;
    item.flag = true;
    item.boxed = 9;
    item.status = "SHIPPED";
    item.textSet.addAll(Set.of("a", "b"));
    item.textList.addAll(List.of("x", "y"));
    item.textMap.putAll(Map.of("k", 1));
    item.spot = new Spot("top", 3);
    item.shared = "s";
    items.insert(item);
    log.clear();
    return item;
  }

  private static Row row(Item item) {
    return log.session.execute("SELECT * FROM tracked_item WHERE part = ? AND cluster = ?", item.part,
        item.cluster).one();
  }

  private static void assertUntouched(Row row) {
    assertThat(row.getString("name")).isEqualTo("lamp");
    assertThat(row.getInt("stock")).isEqualTo(5);
    assertThat(row.getBoolean("flag")).isTrue();
    assertThat(row.getString("status")).isEqualTo("SHIPPED");
    assertThat(row.getSet("text_set", String.class)).containsExactlyInAnyOrder("a", "b");
    assertThat(row.getList("text_list", String.class)).containsExactly("x", "y");
    assertThat(row.getMap("text_map", String.class, Integer.class)).containsExactlyEntriesOf(Map.of("k", 1));
    assertThat(row.getUdtValue("spot").getString("label")).isEqualTo("top");
  }

  // ------------------------------------------------------------------ partial loads

  @Test
  void anUnchangedSaveOfAnOnlyReadEntitySendsNothing() {
    Item stored = stored();
    Item partial = items.query().where("part").eq(stored.part).only("name").one().orElseThrow();
    assertThat(partial.textSet).isEmpty();
    log.clear();

    items.save(partial);
    items.update(partial);

    assertThat(log.executed()).isEmpty();
    assertUntouched(row(stored));
  }

  @Test
  void aSaveOfAnOnlyReadEntityWritesWhatChangedAndNeverTheColumnsItDidNotRead() {
    Item stored = stored();
    Item partial = items.query().where("part").eq(stored.part).only("name").one().orElseThrow();
    log.clear();

    partial.name = "desk lamp";
    items.save(partial);

    assertThat(log.executed()).containsExactly("UPDATE tracked_item SET name=?" + KEY);
    Row row = row(stored);
    assertThat(row.getString("name")).isEqualTo("desk lamp");
    assertThat(row.getSet("text_set", String.class)).containsExactlyInAnyOrder("a", "b");
    assertThat(row.getInt("stock")).isEqualTo(5);
  }

  @Test
  void aPropertyThatWasNotReadIsWrittenWholeOnceTheApplicationSetsIt() {
    Item stored = stored();
    Item partial = items.query().where("part").eq(stored.part).defer("textList", "stock").one().orElseThrow();
    log.clear();

    partial.stock = 11;
    partial.textList.add("z");
    items.save(partial);

    assertThat(log.executed()).containsExactly("UPDATE tracked_item SET stock=?, text_list=?" + KEY);
    Row row = row(stored);
    assertThat(row.getInt("stock")).isEqualTo(11);
    assertThat(row.getList("text_list", String.class)).containsExactly("z");
    assertThat(row.getSet("text_set", String.class)).containsExactlyInAnyOrder("a", "b");
    log.clear();
    items.save(partial);
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void aDeferredEntityReadAsynchronouslyIsTrackedTheSameWay() {
    Item stored = stored();
    Item partial = items.query().where("part").eq(stored.part).defer("textSet", "textMap", "spot").listAsync()
        .toCompletableFuture().join().get(0);
    log.clear();

    items.saveAsync(partial).toCompletableFuture().join();
    assertThat(log.executed()).isEmpty();
    assertUntouched(row(stored));
  }

  @Test
  void updateOfARecordReadWithOnlyWritesTheChangedPropertyAlone() {
    contacts.insert(new Contact("c1", "Ada", "ada@example.com", Set.of("123"), Map.of("home", "x")));
    Contact loaded = contacts.query().where("id").eq("c1").only("name").one().orElseThrow();
    assertThat(loaded.phones()).isEmpty();
    log.clear();

    contacts.update(loaded, loaded.withName("Ada L."));
    contacts.update(loaded, loaded);

    assertThat(log.executed()).containsExactly("UPDATE tracked_record SET name=? WHERE id=?");
    Row row = log.session.execute("SELECT * FROM tracked_record WHERE id = 'c1'").one();
    assertThat(row.getString("name")).isEqualTo("Ada L.");
    assertThat(row.getString("email")).isEqualTo("ada@example.com");
    assertThat(row.getSet("phones", String.class)).containsExactly("123");
    assertThat(row.getMap("labels", String.class, String.class)).containsEntry("home", "x");
  }

  @Test
  void anEntityReadWithoutItsWholeKeyCannotBeWrittenAndNothingIsSent() {
    Item stored = stored();
    Item distinct = items.query().where("part").eq(stored.part).distinct().one().orElseThrow();
    assertThat(distinct.cluster).isZero();
    log.clear();

    assertThatThrownBy(() -> items.save(distinct)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot save or update this " + Item.class.getName())
        .hasMessageContaining("without its primary key properties [cluster]");
    assertThatThrownBy(() -> items.update(distinct)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[cluster]");
    assertThatThrownBy(() -> items.delete(distinct)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot delete this").hasMessageContaining("[cluster]");
    assertThatThrownBy(() -> items.mutate(distinct)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[cluster]");
    assertThatThrownBy(() -> items.saveAsync(distinct)).isInstanceOf(IllegalArgumentException.class);

    assertThat(log.executed()).isEmpty();
    assertThat(log.session.execute("SELECT * FROM tracked_item WHERE part = ? AND cluster = 0", stored.part).one())
        .isNull();
    assertUntouched(row(stored));
  }

  // ------------------------------------------------------------------ async saves

  @RepeatedTest(5)
  void aChangeMadeWhileAnAsyncSaveIsInFlightIsWrittenByTheNextSave() {
    Item loaded = items.get(stored().part, 7).orElseThrow();
    log.clear();

    loaded.name = "first";
    CompletableFuture<Void> inFlight = items.saveAsync(loaded).toCompletableFuture();
    loaded.name = "second";
    loaded.textList.add("late");
    inFlight.join();
    assertThat(log.executed()).containsExactly("UPDATE tracked_item SET name=?" + KEY);

    items.save(loaded);

    assertThat(log.executed()).containsExactly("UPDATE tracked_item SET name=?" + KEY,
        "UPDATE tracked_item SET name=?, text_list=text_list+?" + KEY);
    Row row = row(loaded);
    assertThat(row.getString("name")).isEqualTo("second");
    assertThat(row.getList("text_list", String.class)).containsExactly("x", "y", "late");
  }

  @Test
  void anInPlaceChangeOfACollectionAfterAnAsyncSaveIsNotRecordedAsSent() {
    Item loaded = items.get(stored().part, 7).orElseThrow();
    log.clear();

    loaded.textSet.add("c");
    CompletableFuture<Void> inFlight = items.saveAsync(loaded).toCompletableFuture();
    loaded.textSet.add("d");
    loaded.spot.level = 4;
    inFlight.join();
    items.save(loaded);

    Row row = row(loaded);
    assertThat(row.getSet("text_set", String.class)).containsExactlyInAnyOrder("a", "b", "c", "d");
    assertThat(row.getUdtValue("spot").getInt("level")).isEqualTo(4);
    log.clear();
    items.save(loaded);
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void aBatchSaveTakesTheEntityAsItWasWhenAdded() {
    Item loaded = items.get(stored().part, 7).orElseThrow();
    log.clear();

    loaded.name = "batched";
    var batch = coodie.batch(com.datastax.oss.driver.api.core.cql.DefaultBatchType.LOGGED)
        .save(items, loaded);
    loaded.name = "after";
    batch.execute();
    assertThat(row(loaded).getString("name")).isEqualTo("batched");

    items.save(loaded);
    assertThat(row(loaded).getString("name")).isEqualTo("after");
  }

  // ------------------------------------------------------------------ null columns and defaults

  @Test
  void nullColumnsReadIntoPrimitivesAndInitialisedFieldsAreNotWrittenByAnUnchangedSave() {
    int part = partitions.incrementAndGet();
    log.session.execute("INSERT INTO tracked_item (part, cluster, name) VALUES (?, 1, 'bare')", part);
    Item loaded = items.get(part, 1).orElseThrow();
    assertThat(loaded.stock).isZero();
    assertThat(loaded.flag).isFalse();
    assertThat(loaded.status).isEqualTo("NEW");
    log.clear();

    items.save(loaded);
    items.update(loaded);
    assertThat(log.executed()).isEmpty();

    loaded.stock = 3;
    items.save(loaded);
    assertThat(log.executed()).containsExactly("UPDATE tracked_item SET stock=?" + KEY);
    Row row = log.session.execute("SELECT * FROM tracked_item WHERE part = ? AND cluster = 1", part).one();
    assertThat(row.getInt("stock")).isEqualTo(3);
    assertThat(row.isNull("flag")).isTrue();
    assertThat(row.isNull("status")).isTrue();
  }

  @Test
  void anUnchangedSaveAfterInsertingEmptyCollectionsAndNullsSendsNothing() {
    Item item = new Item(partitions.incrementAndGet(), 2);
    item.name = "plain";
    items.insert(item);
    log.clear();

    items.save(item);
    assertThat(log.executed()).isEmpty();

    item.textMap.put("n", 1);
    items.save(item);
    assertThat(log.executed()).containsExactly("UPDATE tracked_item SET text_map=?" + KEY);
  }
}
