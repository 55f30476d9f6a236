package io.coodie.core.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.core.api.schema.SchemaPlan;
import io.coodie.core.it.schema.Models.Catalog;
import io.coodie.core.it.schema.Models.Hits;
import io.coodie.core.it.schema.Models.ProductV1;
import io.coodie.core.it.schema.Models.ProductV2;
import io.coodie.core.it.schema.Models.Trip;
import io.coodie.core.it.schema.Models.TripV2;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two application instances (two sessions, two threads) syncing the same entities at once. */
@CassandraTest
class ConcurrentSyncIT {

  @Test
  void concurrentSyncsConverge(TestCassandra cassandra, CqlSession admin) throws Exception {
    try (Sandbox box = Sandbox.open(cassandra, admin, "concurrent");
        CqlSession other =
            cassandra.sessionBuilder().withKeyspace(CqlIdentifier.fromInternal(box.keyspace)).build()) {
      List<SchemaManager> instances = List.of(box.schema, SchemaManager.create(other));

      // Round 1: both create the same types, tables and indexes from nothing.
      race(instances, Catalog.class, Hits.class, ProductV1.class, Trip.class);
      // Round 2: both add the same columns, fields, index and options.
      // (Catalog uses the first version of the geo type, so it stays out of this round.)
      race(instances, Hits.class, ProductV2.class, TripV2.class);

      for (SchemaManager instance : instances) {
        SchemaPlan plan =
            instance.plan(SchemaAction.UPDATE, Hits.class, ProductV2.class, TripV2.class);
        assertThat(plan.statements()).isEmpty();
        assertThat(plan.differences()).isEmpty();
      }
      assertThat(SystemSchema.columns(box.session, "products")).containsKeys("stock", "note");
      assertThat(SystemSchema.typeFields(box.session, "geo")).containsExactly("lat double", "lon double", "alt int");
    }
  }

  private static void race(List<SchemaManager> instances, Class<?>... entities) throws Exception {
    CyclicBarrier start = new CyclicBarrier(instances.size());
    ExecutorService pool = Executors.newFixedThreadPool(instances.size());
    try {
      List<Future<SchemaPlan>> results =
          instances.stream()
              .map(
                  instance ->
                      pool.submit(
                          () -> {
                            start.await();
                            return instance.sync(SchemaAction.UPDATE, entities);
                          }))
              .toList();
      for (Future<SchemaPlan> result : results) {
        result.get(2, TimeUnit.MINUTES); // rethrows any failure
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
