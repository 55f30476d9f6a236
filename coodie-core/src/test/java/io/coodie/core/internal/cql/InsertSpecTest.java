package io.coodie.core.internal.cql;

import static io.coodie.core.internal.cql.Cql.PRODUCTS;
import static io.coodie.core.internal.cql.Cql.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InsertSpecTest {

  @Test
  void insertsTheGivenColumns() {
    RenderedStatement s = new InsertSpec(PRODUCTS, ids("id", "name"), false, false, false).render();
    assertThat(s.cql()).isEqualTo("INSERT INTO shop.products (id,name) VALUES (?,?)");
    assertThat(s.markers()).containsExactly(new Marker.ColumnValue(0), new Marker.ColumnValue(1));
  }

  @Test
  void ifNotExists() {
    assertThat(new InsertSpec(PRODUCTS, ids("id"), true, false, false).render().cql())
        .isEqualTo("INSERT INTO shop.products (id) VALUES (?) IF NOT EXISTS");
  }

  @Test
  void ttlAndTimestampAreBindMarkers() {
    RenderedStatement s = new InsertSpec(PRODUCTS, ids("id"), false, true, true).render();
    assertThat(s.cql()).isEqualTo("INSERT INTO shop.products (id) VALUES (?) USING TIMESTAMP ? AND TTL ?");
    assertThat(s.markers()).containsExactly(new Marker.ColumnValue(0), new Marker.Timestamp(), new Marker.Ttl());
  }

  @Test
  void ttlOnly() {
    RenderedStatement s = new InsertSpec(PRODUCTS, ids("id"), false, true, false).render();
    assertThat(s.cql()).isEqualTo("INSERT INTO shop.products (id) VALUES (?) USING TTL ?");
    assertThat(s.markers()).containsExactly(new Marker.ColumnValue(0), new Marker.Ttl());
  }

  @Test
  void timestampOnlyWithIfNotExists() {
    assertThat(new InsertSpec(PRODUCTS, ids("id"), true, false, true).render().cql())
        .isEqualTo("INSERT INTO shop.products (id) VALUES (?) IF NOT EXISTS USING TIMESTAMP ?");
  }

  @Test
  void needsAColumn() {
    assertThatThrownBy(() -> new InsertSpec(PRODUCTS, List.of(), false, false, false))
        .hasMessageContaining("at least one column");
  }
}
