package io.coodie.core.internal.cql;

import static io.coodie.core.internal.cql.Cql.PRODUCTS;
import static io.coodie.core.internal.cql.Cql.UNQUALIFIED;
import static io.coodie.core.internal.cql.Cql.id;
import static io.coodie.core.internal.cql.Cql.ids;
import static io.coodie.core.internal.cql.Cql.rel;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import io.coodie.core.internal.cql.SelectSpec.Projection;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectSpecTest {

  private static SelectSpec select(List<Relation> where) {
    return new SelectSpec(PRODUCTS, Projection.COLUMNS, ids("id", "name"), where, List.of(), false, false, false);
  }

  @Test
  void selectsExplicitColumnsNeverStar() {
    RenderedStatement s = select(List.of(rel("id", Operator.EQ))).render();
    assertThat(s.cql()).isEqualTo("SELECT id,name FROM shop.products WHERE id=?");
    assertThat(s.markers()).containsExactly(new Marker.Where(0, 0));
  }

  @Test
  void unqualifiedTableUsesTheSessionKeyspace() {
    SelectSpec spec = new SelectSpec(UNQUALIFIED, Projection.COLUMNS, ids("id"), List.of(), List.of(), false, false,
        false);
    assertThat(spec.render().cql()).isEqualTo("SELECT id FROM products");
  }

  @Test
  void everyComparisonOperator() {
    RenderedStatement s = select(List.of(rel("a", Operator.EQ), rel("b", Operator.NE), rel("c", Operator.LT),
        rel("d", Operator.LTE), rel("e", Operator.GT), rel("f", Operator.GTE))).render();
    assertThat(s.cql()).isEqualTo("SELECT id,name FROM shop.products WHERE a=? AND b!=? AND c<? AND d<=? AND e>? AND f>=?");
    assertThat(s.markers()).hasSize(6).last().isEqualTo(new Marker.Where(5, 0));
  }

  @Test
  void inBindsOneListMarker() {
    assertThat(select(List.of(rel("id", Operator.IN))).render().cql())
        .isEqualTo("SELECT id,name FROM shop.products WHERE id IN ?");
  }

  @Test
  void containsContainsKeyAndLike() {
    RenderedStatement s = select(List.of(rel("tags", Operator.CONTAINS), rel("attrs", Operator.CONTAINS_KEY),
        rel("name", Operator.LIKE))).render();
    assertThat(s.cql())
        .isEqualTo("SELECT id,name FROM shop.products WHERE tags CONTAINS ? AND attrs CONTAINS KEY ? AND name LIKE ?");
  }

  @Test
  void mapEntryBindsKeyThenValue() {
    RenderedStatement s = select(List.of(new Relation.OnMapEntry(id("attrs")))).render();
    assertThat(s.cql()).isEqualTo("SELECT id,name FROM shop.products WHERE attrs[?]=?");
    assertThat(s.markers()).containsExactly(new Marker.Where(0, 0), new Marker.Where(0, 1));
  }

  @Test
  void tokenRangeOnRawTokensAndOnPartitionKeyValues() {
    RenderedStatement raw = select(List.of(new Relation.OnToken(ids("a", "b"), Operator.GT, false),
        new Relation.OnToken(ids("a", "b"), Operator.LTE, false))).render();
    assertThat(raw.cql()).isEqualTo("SELECT id,name FROM shop.products WHERE token(a,b)>? AND token(a,b)<=?");
    RenderedStatement ofValues = select(List.of(new Relation.OnToken(ids("a", "b"), Operator.GT, true))).render();
    assertThat(ofValues.cql()).isEqualTo("SELECT id,name FROM shop.products WHERE token(a,b)>token(?,?)");
    assertThat(ofValues.markers()).containsExactly(new Marker.Where(0, 0), new Marker.Where(0, 1));
  }

  @Test
  void orderByLimitsAndAllowFilteringInGrammarOrder() {
    SelectSpec spec = new SelectSpec(PRODUCTS, Projection.COLUMNS, ids("id"), List.of(rel("cat", Operator.EQ)),
        List.of(new Ordering(id("ts"), ClusteringOrder.DESC)), true, true, true);
    RenderedStatement s = spec.render();
    assertThat(s.cql()).isEqualTo(
        "SELECT id FROM shop.products WHERE cat=? ORDER BY ts DESC PER PARTITION LIMIT ? LIMIT ? ALLOW FILTERING");
    assertThat(s.markers()).containsExactly(new Marker.Where(0, 0), new Marker.PerPartitionLimit(),
        new Marker.Limit());
  }

  @Test
  void distinctAndCount() {
    SelectSpec distinct = new SelectSpec(PRODUCTS, Projection.DISTINCT, ids("id"), List.of(), List.of(), false,
        false, false);
    assertThat(distinct.render().cql()).isEqualTo("SELECT DISTINCT id FROM shop.products");
    SelectSpec count = new SelectSpec(PRODUCTS, Projection.COUNT, List.of(), List.of(rel("id", Operator.EQ)),
        List.of(), false, false, false);
    assertThat(count.render().cql()).isEqualTo("SELECT count(*) FROM shop.products WHERE id=?");
  }

  @Test
  void quotesKeywordsAndMixedCaseIdentifiers() {
    SelectSpec spec = new SelectSpec(new Cql.Dummy().table(), Projection.COLUMNS, ids("select", "camelCase", "plain"),
        List.of(rel("select", Operator.EQ)), List.of(), false, false, false);
    assertThat(spec.render().cql())
        .isEqualTo("SELECT \"select\",\"camelCase\",plain FROM \"Shop\".\"order\" WHERE \"select\"=?");
  }

  @Test
  void equalShapesAreEqualCacheKeys() {
    assertThat(select(List.of(rel("id", Operator.EQ)))).isEqualTo(select(List.of(rel("id", Operator.EQ))))
        .hasSameHashCodeAs(select(List.of(rel("id", Operator.EQ))));
  }
}
