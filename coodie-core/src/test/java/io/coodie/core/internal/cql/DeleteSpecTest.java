package io.coodie.core.internal.cql;

import static io.coodie.core.internal.cql.Cql.PRODUCTS;
import static io.coodie.core.internal.cql.Cql.id;
import static io.coodie.core.internal.cql.Cql.ids;
import static io.coodie.core.internal.cql.Cql.rel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteSpecTest {

  private static final List<Relation> BY_KEY = List.of(rel("id", Operator.EQ), rel("ts", Operator.EQ));

  @Test
  void deletesWholeRows() {
    RenderedStatement s = new DeleteSpec(PRODUCTS, List.of(), BY_KEY, List.of(), false, false).render();
    assertThat(s.cql()).isEqualTo("DELETE FROM shop.products WHERE id=? AND ts=?");
    assertThat(s.markers()).containsExactly(new Marker.Where(0, 0), new Marker.Where(1, 0));
  }

  @Test
  void deletesColumns() {
    assertThat(new DeleteSpec(PRODUCTS, ids("name", "tags"), BY_KEY, List.of(), false, false).render().cql())
        .isEqualTo("DELETE name,tags FROM shop.products WHERE id=? AND ts=?");
  }

  @Test
  void timestamp() {
    RenderedStatement s = new DeleteSpec(PRODUCTS, List.of(), BY_KEY, List.of(), false, true).render();
    assertThat(s.cql()).isEqualTo("DELETE FROM shop.products USING TIMESTAMP ? WHERE id=? AND ts=?");
    assertThat(s.markers()).first().isEqualTo(new Marker.Timestamp());
  }

  @Test
  void ifExistsAndConditions() {
    assertThat(new DeleteSpec(PRODUCTS, List.of(), BY_KEY, List.of(), true, false).render().cql())
        .isEqualTo("DELETE FROM shop.products WHERE id=? AND ts=? IF EXISTS");
    RenderedStatement s = new DeleteSpec(PRODUCTS, List.of(), BY_KEY,
        List.of(new Condition(id("version"), Operator.EQ)), false, false).render();
    assertThat(s.cql()).isEqualTo("DELETE FROM shop.products WHERE id=? AND ts=? IF version=?");
    assertThat(s.markers()).last().isEqualTo(new Marker.If(0));
  }

  @Test
  void rangeDeleteOnClustering() {
    assertThat(new DeleteSpec(PRODUCTS, List.of(), List.of(rel("id", Operator.EQ), rel("ts", Operator.LT)),
        List.of(), false, false).render().cql()).isEqualTo("DELETE FROM shop.products WHERE id=? AND ts<?");
  }
}
