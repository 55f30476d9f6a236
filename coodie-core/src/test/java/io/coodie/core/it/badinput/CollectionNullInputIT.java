package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.it.StatementLog;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CQL collections hold no nulls. A null element, map key or map value in a write fails before anything is sent,
 * with an {@code IllegalArgumentException} naming the entity and the property (never the values); in a map put a
 * null value is not an error but a deletion of its key (see {@code CollectionAndCounterIT}).
 */
@CassandraTest
class CollectionNullInputIT {

  @Table
  record Basket(@PartitionKey String id, List<String> items, Set<String> tags, Map<String, String> attrs) {}

  static final String BASKET = "io.coodie.core.it.badinput.CollectionNullInputIT$Basket";
  static StatementLog log;
  static EntityOperations<Basket> baskets;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    keyspace.session().execute("CREATE TABLE basket (id text PRIMARY KEY, items list<text>, tags set<text>,"
        + " attrs map<text, text>)");
    log = StatementLog.open(cassandra, keyspace);
    baskets = Coodie.create(log.session).entity(Basket.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @BeforeEach
  void clear() {
    log.clear();
  }

  private static Map<String, String> mapWith(String key, String value) {
    Map<String, String> map = new HashMap<>();
    map.put(key, value);
    return map;
  }

  @Test
  void aNullElementOnInsertNamesThePropertyAndWritesNothing() {
    assertThatThrownBy(() -> baskets.insert(new Basket("b1", Arrays.asList("secret-a", null), null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Property " + BASKET + ".items contains a null element, key or value, which CQL list<text>"
            + " cannot hold; nothing was sent")
        .hasMessageNotContaining("secret-a");
    assertThatThrownBy(() -> baskets.insert(new Basket("b1", null, new HashSet<>(Arrays.asList("x", null)), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Property " + BASKET + ".tags contains a null element, key or value, which CQL set<text>"
            + " cannot hold; nothing was sent");
    assertThatThrownBy(() -> baskets.insert(new Basket("b1", null, null, mapWith("k", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Property " + BASKET + ".attrs contains a null element, key or value, which CQL"
            + " map<text, text> cannot hold; nothing was sent");
    assertThatThrownBy(() -> baskets.insert(new Basket("b1", null, null, mapWith(null, "secret-v"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Property " + BASKET + ".attrs contains a null element, key or value, which CQL"
            + " map<text, text> cannot hold; nothing was sent")
        .hasMessageNotContaining("secret-v");
    assertThatThrownBy(() -> baskets.mutateById("b1").set("items", Arrays.asList((String) null)).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Property " + BASKET + ".items contains a null element, key or value, which CQL list<text>"
            + " cannot hold; nothing was sent");
    assertThat(log.executed()).isEmpty();
    assertThat(baskets.get("b1")).isEmpty();
  }

  @Test
  void aNullElementInATrackedUpdateNamesThePropertyAndWritesNothing() {
    baskets.insert(new Basket("b9", List.of("a"), Set.of("t"), Map.of("k", "v")));
    Basket loaded = baskets.get("b9").orElseThrow();
    log.clear();

    assertThatThrownBy(() -> baskets.update(loaded,
        new Basket("b9", Arrays.asList("a", null, "secret-a"), loaded.tags(), loaded.attrs())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Property " + BASKET + ".items contains a null element, key or value, which CQL list<text>"
            + " cannot hold; nothing was sent")
        .hasMessageNotContaining("secret-a");
    assertThatThrownBy(() -> baskets.update(loaded,
        new Basket("b9", loaded.items(), loaded.tags(), mapWith("k", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Property " + BASKET + ".attrs contains a null element, key or value, which CQL"
            + " map<text, text> cannot hold; nothing was sent");
    assertThat(log.executed()).isEmpty();
    assertThat(baskets.get("b9").orElseThrow().items()).containsExactly("a");
  }

  @Test
  void collectionOperatorsRefuseNullElementsAndKeysWhenBuilt() {
    String nulls = ": the elements cannot contain null (CQL collections hold no nulls)";
    assertThatThrownBy(() -> baskets.mutateById("b2").append("items", Arrays.asList("a", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("append() of " + BASKET + ".items" + nulls);
    assertThatThrownBy(() -> baskets.mutateById("b2").prepend("items", Arrays.asList(null, "a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("prepend() of " + BASKET + ".items" + nulls);
    assertThatThrownBy(() -> baskets.query().where("id").eq("b2").update().remove("tags", Arrays.asList("a", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("remove() of " + BASKET + ".tags" + nulls);
    assertThatThrownBy(() -> baskets.mutateById("b2").removeKeys("attrs", Arrays.asList("k", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("removeKeys() of " + BASKET + ".attrs" + nulls);
    assertThatThrownBy(() -> baskets.mutateById("b2").append("items", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("append() of " + BASKET + ".items needs a collection, was null");
    String nullKey = ": a map key cannot be null (CQL maps hold no null keys)";
    assertThatThrownBy(() -> baskets.mutateById("b2").put("attrs", mapWith(null, "v")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("put() of " + BASKET + ".attrs" + nullKey);
    assertThatThrownBy(() -> baskets.mutateById("b2").put("attrs", null, "v"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("put() of " + BASKET + ".attrs" + nullKey);
    assertThat(log.executed()).isEmpty();
  }
}
