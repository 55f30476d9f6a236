package io.coodie.core.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaValidationException;
import io.coodie.core.it.schema.Models.Hits;
import io.coodie.core.it.schema.Models.ProductIntName;
import io.coodie.core.it.schema.Models.ProductNewKey;
import io.coodie.core.it.schema.Models.ProductV1;
import io.coodie.core.it.schema.Models.ProductV2;
import io.coodie.core.it.schema.Models.Trip;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import org.junit.jupiter.api.Test;

/** Changes Cassandra cannot apply are refused before anything runs; VALIDATE reports all. */
@CassandraTest
class IncompatibleSchemaIT {

  @Test
  void aPrimaryKeyChangeIsRefusedAndNothingRuns(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "pk")) {
      box.schema.sync(SchemaAction.UPDATE, ProductV1.class);
      box.recorder.clear();

      // Hits would be created if the sync ran at all.
      assertThatThrownBy(() -> box.schema.sync(SchemaAction.UPDATE, Hits.class, ProductNewKey.class))
          .isInstanceOf(IncompatibleSchemaException.class)
          .hasMessageContaining("no statement was executed")
          .hasMessageContaining(
              "table " + box.keyspace + ".products: the partition key is (id) in the database but"
                  + " (id, rev) in " + ProductNewKey.class.getName())
          .hasMessageContaining("migrate the data to a new table")
          .hasMessageContaining("SchemaAction.RECREATE in development");

      assertThat(box.recorder.ddl()).isEmpty();
      assertThat(SystemSchema.table(box.session, "hits")).isNull();
    }
  }

  @Test
  void aColumnTypeChangeIsRefused(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "coltype")) {
      box.schema.sync(SchemaAction.UPDATE, ProductV1.class);
      box.recorder.clear();

      assertThatThrownBy(() -> box.schema.sync(SchemaAction.UPDATE, ProductIntName.class))
          .isInstanceOf(IncompatibleSchemaException.class)
          .hasMessageContaining(
              "table " + box.keyspace + ".products, column name: the type is text in the database"
                  + " but int in " + ProductIntName.class.getName() + ".name");
      assertThatThrownBy(() -> box.schema.plan(SchemaAction.CREATE, ProductIntName.class))
          .isInstanceOf(IncompatibleSchemaException.class);
      assertThat(box.recorder.ddl()).isEmpty();
    }
  }

  @Test
  void validateListsEveryDifferenceAndChangesNothing(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "validate")) {
      box.schema.sync(SchemaAction.UPDATE, ProductV1.class);
      box.recorder.clear();

      SchemaValidationException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              SchemaValidationException.class,
              () -> box.schema.sync(SchemaAction.VALIDATE, ProductV2.class, Trip.class));

      String products = "table " + box.keyspace + ".products";
      assertThat(e.differences())
          .containsExactly(
              "type " + box.keyspace + ".geo does not exist",
              "type " + box.keyspace + ".place does not exist",
              products + ": column stock is missing (wanted int)",
              products + ": column note is missing (wanted text static)",
              products + ": option default_time_to_live is 0 in the database, wanted 3600",
              products + ": option compaction is {'class':"
                  + " 'org.apache.cassandra.db.compaction.SizeTieredCompactionStrategy',"
                  + " 'max_threshold': 32, 'min_threshold': 4} in the database, wanted {'class':"
                  + " 'LeveledCompactionStrategy'}",
              products + ": index products_stock_idx is missing (stock)",
              "table " + box.keyspace + ".trips does not exist");
      assertThat(e.getMessage()).contains("8 differences");
      assertThat(box.schema.plan(SchemaAction.VALIDATE, ProductV2.class, Trip.class).differences())
          .isEqualTo(e.differences());
      assertThat(box.recorder.ddl()).isEmpty();
    }
  }
}
