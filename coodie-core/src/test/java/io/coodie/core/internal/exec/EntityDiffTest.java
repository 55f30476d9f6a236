package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.Frozen;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.internal.mapping.EntityMapper;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The UPDATE a save sends, computed offline from an entity and the snapshot of what the row holds. */
class EntityDiffTest {

  private static final ProtocolVersion V5 = DefaultProtocolVersion.V5;

  @Table
  record Item(@PartitionKey String id, @ClusteringColumn int part, String name, Set<String> tags,
      List<Integer> items, Map<String, Integer> attrs, @Frozen List<Integer> frozen, @Static String label) {

    Item with(String name) {
      return new Item(id, part, name, tags, items, attrs, frozen, label);
    }
  }

  private static final EntityMapper<Item> MAPPER = EntityMapper.of(Item.class);

  private static final Item BASE = new Item("a", 1, "n", new LinkedHashSet<>(List.of("x", "y")), List.of(1, 2), Map.of("k", 1, "j", 2),
      List.of(7), "l");

  private static int index(String property) {
    return MAPPER.metadata().column(property).index();
  }

  @SuppressWarnings("unchecked")
  private static TypeCodec<Object> codec(int i) {
    return (TypeCodec<Object>) (TypeCodec<?>) CodecRegistry.DEFAULT
        .codecFor(MAPPER.metadata().columns().get(i).cqlType());
  }

  /** A snapshot of a row read whole: every column known to hold {@code row}'s value. */
  private static Snapshot read(Item row) {
    Snapshot.Builder builder = Snapshot.builder(MAPPER.metadata().columns().size());
    for (ColumnMetadata column : MAPPER.metadata().columns()) {
      int i = column.index();
      builder.record(i, MAPPER.get(row, i), codec(i), V5);
    }
    return builder.build();
  }

  private static List<EntityDiff.Change> diff(Item entity, Snapshot snapshot) {
    return EntityDiff.compute(MAPPER, entity, snapshot, V5).changes();
  }

  private static List<String> describe(List<EntityDiff.Change> changes) {
    return changes.stream().map(c -> c.column().propertyName() + " " + c.kind() + " " + c.value()).toList();
  }

  @Test
  void anUnchangedEntityNeedsNoAssignment() {
    EntityDiff.Result result = EntityDiff.compute(MAPPER, BASE, read(BASE), V5);
    assertThat(result.changes()).isEmpty();
    assertThat(result.columns()).isEmpty();
    assertThat(result.values()).isEmpty();
  }

  @Test
  void aChangedScalarIsSetAndItsNewValueRecorded() {
    EntityDiff.Result result = EntityDiff.compute(MAPPER, BASE.with("m"), read(BASE), V5);
    assertThat(describe(result.changes())).containsExactly("name SET m");
    assertThat(result.columns()).containsExactly(index("name"));
    assertThat(result.values()).hasSize(1);
    assertThat(codec(index("name")).decode(result.values()[0], V5)).isEqualTo("m");
  }

  @Test
  void aNullThatReplacedAValueIsADeletion() {
    EntityDiff.Result result = EntityDiff.compute(MAPPER, BASE.with(null), read(BASE), V5);
    assertThat(describe(result.changes())).containsExactly("name SET null");
    assertThat(result.values()).containsExactly((ByteBuffer) null);
  }

  @Test
  void setsChangeByAddingAndRemovingElements() {
    Item changed = new Item("a", 1, "n", new LinkedHashSet<>(List.of("y", "z")), BASE.items(), BASE.attrs(),
        BASE.frozen(), "l");
    assertThat(describe(diff(changed, read(BASE)))).containsExactly("tags APPEND [z]", "tags REMOVE [x]");
  }

  @Test
  void listsAppendPrependOrAreReplaced() {
    assertThat(describe(diff(items(List.of(1, 2, 3, 4)), read(BASE)))).containsExactly("items APPEND [3, 4]");
    assertThat(describe(diff(items(List.of(0, 1, 2)), read(BASE)))).containsExactly("items PREPEND [0]");
    assertThat(describe(diff(items(List.of(2, 1)), read(BASE)))).containsExactly("items SET [2, 1]");
    assertThat(describe(diff(items(List.of(1)), read(BASE)))).containsExactly("items SET [1]");
    assertThat(describe(diff(items(List.of(9, 1, 2, 9)), read(BASE)))).containsExactly("items SET [9, 1, 2, 9]");
  }

  private static Item items(List<Integer> items) {
    return new Item("a", 1, "n", BASE.tags(), items, BASE.attrs(), BASE.frozen(), "l");
  }

  @Test
  void mapsPutChangedEntriesAndRemoveMissingKeys() {
    Map<String, Integer> attrs = new LinkedHashMap<>();
    attrs.put("k", 5);
    attrs.put("n", 3);
    Item changed = new Item("a", 1, "n", BASE.tags(), BASE.items(), attrs, BASE.frozen(), "l");
    assertThat(describe(diff(changed, read(BASE)))).containsExactly("attrs APPEND {k=5, n=3}", "attrs REMOVE_KEYS [j]");
  }

  @Test
  void anEmptiedCollectionIsDeletedButAnEmptiedFrozenOneIsWritten() {
    Item emptied = new Item("a", 1, "n", Set.of(), BASE.items(), Map.of(), List.of(), "l");
    assertThat(describe(diff(emptied, read(BASE))))
        .containsExactly("tags SET null", "attrs SET null", "frozen SET []");
  }

  @Test
  void aFrozenCollectionIsReplacedWhole() {
    Item changed = new Item("a", 1, "n", BASE.tags(), BASE.items(), BASE.attrs(), List.of(7, 8), "l");
    assertThat(describe(diff(changed, read(BASE)))).containsExactly("frozen SET [7, 8]");
  }

  @Test
  void aCollectionThatHeldNothingTakesElementOperations() {
    Item empty = new Item("a", 1, "n", null, null, null, null, "l");
    Item filled = new Item("a", 1, "n", Set.of("x"), List.of(1), Map.of("k", 1), null, "l");
    assertThat(describe(diff(filled, read(empty))))
        .containsExactly("tags APPEND [x]", "items APPEND [1]", "attrs APPEND {k=1}");
    assertThat(diff(new Item("a", 1, "n", Set.of(), List.of(), Map.of(), null, "l"), read(empty))).isEmpty();
  }

  @Test
  void aChangedPrimaryKeyIsRefused() {
    Item moved = new Item("b", 1, "n", BASE.tags(), BASE.items(), BASE.attrs(), BASE.frozen(), "l");
    assertThatThrownBy(() -> diff(moved, read(BASE))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot change the primary key").hasMessageContaining(": id changed");
    Item otherPart = new Item("a", 2, "n", BASE.tags(), BASE.items(), BASE.attrs(), BASE.frozen(), "l");
    assertThatThrownBy(() -> diff(otherPart, read(BASE))).hasMessageContaining(": part changed");
  }

  @Test
  void anEntityReadWithoutItsWholeKeyIsRefused() {
    Snapshot.Builder builder = Snapshot.builder(MAPPER.metadata().columns().size());
    builder.record(index("id"), "a", codec(index("id")), V5);
    builder.record(index("name"), "n", codec(index("name")), V5);
    Snapshot partial = builder.build();
    assertThatThrownBy(() -> diff(BASE, partial)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot save or update this " + Item.class.getName())
        .hasMessageContaining("primary key properties [part]");
    EntityDiff.requireKnownKey(MAPPER.metadata(), null, "delete"); // nothing read: nothing to check
    assertThatThrownBy(() -> EntityDiff.requireKnownKey(MAPPER.metadata(), partial, "delete"))
        .hasMessageStartingWith("Cannot delete this");
  }

  /** A snapshot whose {@code unknown} column was not read: its baseline is {@code baseline}. */
  private static Snapshot notRead(String unknown, Object baseline) {
    int columns = MAPPER.metadata().columns().size();
    ByteBuffer[] bytes = new ByteBuffer[columns];
    boolean[] known = new boolean[columns];
    @SuppressWarnings("unchecked")
    TypeCodec<Object>[] codecs = new TypeCodec[columns];
    for (int i = 0; i < columns; i++) {
      codecs[i] = codec(i);
      Object value = i == index(unknown) ? baseline : MAPPER.get(BASE, i);
      bytes[i] = value == null ? null : codecs[i].encode(value, V5);
      known[i] = i != index(unknown);
    }
    return Snapshot.of(bytes, known, codecs);
  }

  @Test
  void aColumnNotReadIsWrittenWholeWhenItDiffersFromItsBaseline() {
    assertThat(diff(BASE, notRead("tags", BASE.tags()))).isEmpty();
    assertThat(describe(diff(BASE, notRead("tags", null)))).containsExactly("tags SET [x, y]");
    Item emptyTags = new Item("a", 1, "n", Set.of(), BASE.items(), BASE.attrs(), BASE.frozen(), "l");
    assertThat(diff(emptyTags, notRead("tags", null))).as("empty and null are the same to Cassandra").isEmpty();
    assertThat(describe(diff(emptyTags, notRead("tags", Set.of("q"))))).containsExactly("tags SET null");
    assertThat(describe(diff(BASE.with(null), notRead("name", "other")))).containsExactly("name SET null");
  }

  @Test
  void aDirtyColumnIsWrittenWhateverItHolds() {
    Snapshot dirty = read(BASE).toBuilder().dirty(index("name")).build();
    assertThat(describe(diff(BASE, dirty))).containsExactly("name SET n");
    Snapshot dirtyEmpty = read(new Item("a", 1, "n", null, BASE.items(), BASE.attrs(), BASE.frozen(), "l"))
        .toBuilder().dirty(index("tags")).build();
    assertThat(describe(diff(new Item("a", 1, "n", null, BASE.items(), BASE.attrs(), BASE.frozen(), "l"),
        dirtyEmpty))).containsExactly("tags SET null");
  }

  @Test
  void mutableValuesAreCopiedWhenTheDiffIsTaken() {
    List<Integer> items = new ArrayList<>(List.of(5));
    Item changed = items(items);
    List<EntityDiff.Change> changes = diff(changed, read(BASE));
    items.add(6);
    assertThat(describe(changes)).containsExactly("items SET [5]");
    String name = "m";
    assertThat(diff(BASE.with(name), read(BASE)).get(0).value()).isSameAs(name);
  }

  @Test
  void staticOnlyWhenEveryChangeTouchesAStaticColumn() {
    Item relabelled = new Item("a", 1, "n", BASE.tags(), BASE.items(), BASE.attrs(), BASE.frozen(), "L");
    assertThat(EntityDiff.staticOnly(diff(relabelled, read(BASE)))).isTrue();
    Item both = new Item("a", 1, "m", BASE.tags(), BASE.items(), BASE.attrs(), BASE.frozen(), "L");
    assertThat(EntityDiff.staticOnly(diff(both, read(BASE)))).isFalse();
    assertThat(EntityDiff.staticOnly(List.of())).isFalse();
  }

  @Test
  void aSnapshotWithoutACodecIsACoodieBug() {
    int columns = MAPPER.metadata().columns().size();
    @SuppressWarnings("unchecked")
    TypeCodec<Object>[] codecs = new TypeCodec[columns];
    boolean[] known = new boolean[columns];
    known[index("id")] = true;
    known[index("part")] = true;
    assertThatThrownBy(() -> diff(BASE, Snapshot.of(new ByteBuffer[columns], known, codecs)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No codec recorded");
  }
}
