package io.coodie.core.internal.cql;

import static io.coodie.core.internal.cql.Cql.PRODUCTS;
import static io.coodie.core.internal.cql.Cql.id;
import static io.coodie.core.internal.cql.Cql.rel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.internal.cql.Assignment.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateSpecTest {

  private static final List<Relation> BY_ID = List.of(rel("id", Operator.EQ));

  private static String update(Kind kind) {
    return new UpdateSpec(PRODUCTS, List.of(new Assignment(id("c"), kind)), BY_ID, List.of(), false, false, false)
        .render().cql();
  }

  @Test
  void setColumns() {
    RenderedStatement s = new UpdateSpec(PRODUCTS,
        List.of(new Assignment(id("name"), Kind.SET), new Assignment(id("price"), Kind.SET)), BY_ID, List.of(),
        false, false, false).render();
    assertThat(s.cql()).isEqualTo("UPDATE shop.products SET name=?, price=? WHERE id=?");
    assertThat(s.markers()).containsExactly(new Marker.Assign(0, 0), new Marker.Assign(1, 0), new Marker.Where(0, 0));
  }

  @Test
  void counterIncrementAndDecrement() {
    assertThat(update(Kind.INCREMENT)).isEqualTo("UPDATE shop.products SET c=c+? WHERE id=?");
    assertThat(update(Kind.DECREMENT)).isEqualTo("UPDATE shop.products SET c=c-? WHERE id=?");
  }

  @Test
  void collectionOperators() {
    assertThat(update(Kind.APPEND)).isEqualTo("UPDATE shop.products SET c=c+? WHERE id=?");
    assertThat(update(Kind.PREPEND)).isEqualTo("UPDATE shop.products SET c=?+c WHERE id=?");
    assertThat(update(Kind.REMOVE)).isEqualTo("UPDATE shop.products SET c=c-? WHERE id=?");
    assertThat(update(Kind.REMOVE_KEYS)).isEqualTo("UPDATE shop.products SET c=c-? WHERE id=?");
  }

  @Test
  void mapPutEntryBindsKeyThenValue() {
    RenderedStatement s = new UpdateSpec(PRODUCTS, List.of(new Assignment(id("attrs"), Kind.PUT_ENTRY)), BY_ID,
        List.of(), false, false, false).render();
    assertThat(s.cql()).isEqualTo("UPDATE shop.products SET attrs[?]=? WHERE id=?");
    assertThat(s.markers()).containsExactly(new Marker.Assign(0, 0), new Marker.Assign(0, 1), new Marker.Where(0, 0));
  }

  @Test
  void ttlAndTimestampComeFirst() {
    RenderedStatement s = new UpdateSpec(PRODUCTS, List.of(new Assignment(id("name"), Kind.SET)), BY_ID, List.of(),
        false, true, true).render();
    assertThat(s.cql()).isEqualTo("UPDATE shop.products USING TIMESTAMP ? AND TTL ? SET name=? WHERE id=?");
    assertThat(s.markers()).containsExactly(new Marker.Timestamp(), new Marker.Ttl(), new Marker.Assign(0, 0),
        new Marker.Where(0, 0));
  }

  @Test
  void conditionsComeLast() {
    RenderedStatement s = new UpdateSpec(PRODUCTS, List.of(new Assignment(id("price"), Kind.SET)), BY_ID,
        List.of(new Condition(id("price"), Operator.EQ), new Condition(id("stock"), Operator.GT),
            new Condition(id("state"), Operator.IN), new Condition(id("owner"), Operator.NE)),
        false, false, false).render();
    assertThat(s.cql())
        .isEqualTo("UPDATE shop.products SET price=? WHERE id=? IF price=? AND stock>? AND state IN ? AND owner!=?");
    assertThat(s.markers()).endsWith(new Marker.If(0), new Marker.If(1), new Marker.If(2), new Marker.If(3));
  }

  @Test
  void ifExists() {
    assertThat(new UpdateSpec(PRODUCTS, List.of(new Assignment(id("name"), Kind.SET)), BY_ID, List.of(), true,
        false, false).render().cql()).isEqualTo("UPDATE shop.products SET name=? WHERE id=? IF EXISTS");
  }

  // An UpdateSpec renders the relations it is given; which relations a static-only update is given (the partition
  // key only) is decided by DefaultUpdate and checked, on the statement as sent, by exec.StaticOnlyUpdateTest.

  @Test
  void needsAssignmentsAndWhere() {
    assertThatThrownBy(() -> new UpdateSpec(PRODUCTS, List.of(), BY_ID, List.of(), false, false, false))
        .hasMessageContaining("at least one assignment");
    assertThatThrownBy(() -> new UpdateSpec(PRODUCTS, List.of(new Assignment(id("c"), Kind.SET)), List.of(),
        List.of(), false, false, false)).hasMessageContaining("WHERE");
  }
}
