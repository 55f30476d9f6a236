package io.coodie.benchmarks;

import static org.springframework.data.cassandra.core.query.Criteria.where;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.benchmarks.model.Items;
import io.coodie.benchmarks.model.SpringItem;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.data.cassandra.core.CassandraTemplate;
import org.springframework.data.cassandra.core.UpdateOptions;
import org.springframework.data.cassandra.core.WriteResult;
import org.springframework.data.cassandra.core.mapping.BasicMapId;
import org.springframework.data.cassandra.core.query.Query;
import org.springframework.data.cassandra.core.query.Update;

/**
 * Spring Data Cassandra's {@link CassandraTemplate} (what its repositories delegate to), built programmatically on
 * the benchmark's session with the template's defaults (prepared statements on, the default mapping context and
 * converter).
 */
public class SpringDataBenchmark extends BenchmarkSettings {

  /** The variant, built on a session. */
  public static final class Lib {
    final CqlSession session;
    final CassandraTemplate template;

    Lib(CqlSession session) {
      this.session = session;
      this.template = new CassandraTemplate(session);
    }

    static String canonical(SpringItem i) {
      return Check.canonical(i.getPk(), i.getCk(), i.getName(), i.getDescription(), i.getCategory(), i.getPrice(),
          i.getQuantity(), i.getRating(), i.getCreated(), i.isActive());
    }

    SpringItem get(String pk, int ck) {
      return template.selectOneById(BasicMapId.id("pk", pk).with("ck", ck), SpringItem.class);
    }

    List<SpringItem> partition(String pk) {
      return template.select(Query.query(where("pk").is(pk)), SpringItem.class);
    }

    void check() {
      Check.readRow("spring-data", get("r3", 42), Lib::canonical, "r3", 42);
      Check.partition("spring-data", partition("r7"), Lib::canonical, "r7");
    }
  }

  @State(Scope.Benchmark)
  public static class Net {
    Lib lib;

    @Setup(Level.Trial)
    public void open() {
      lib = new Lib(BenchSession.open());
      lib.check();
    }

    @TearDown(Level.Trial)
    public void close() {
      lib.session.close();
    }
  }

  /** The same variant on a {@link ReplaySession}: no network. */
  @State(Scope.Benchmark)
  public static class Replay {
    Lib lib;

    @Setup(Level.Trial)
    public void open() {
      lib = new Lib(new ReplaySession(BenchSession.open()));
      lib.check();
      lib.check();
    }

    @TearDown(Level.Trial)
    public void close() {
      lib.session.close();
    }
  }

  /** The rows this thread updates, loaded once. */
  @State(Scope.Thread)
  public static class Rows {
    SpringItem loaded;
    int quantity;

    @Setup(Level.Trial)
    public void load(Net net, Cursor cursor) {
      loaded = net.lib.get(Items.updateKey(cursor.thread), 0);
      quantity = net.lib.get(Items.lwtKey(cursor.thread), 0).getQuantity();
    }
  }

  /** Spring Data has no change tracking: {@code update(entity)} writes every non-key column. */
  @Benchmark
  public SpringItem updateOneField(Net s, Rows r) {
    SpringItem item = r.loaded;
    item.setPrice(item.getPrice() + 1);
    return s.lib.template.update(item);
  }

  /** {@code UPDATE item SET quantity=? WHERE pk=? AND ck=? IF quantity=?}, through {@code UpdateOptions}. */
  @Benchmark
  public int conditionalUpdate(Net s, Rows r, Cursor c) {
    Query query = Query.query(where("pk").is(Items.lwtKey(c.thread)), where("ck").is(0))
        .queryOptions(UpdateOptions.builder().ifCondition(where("quantity").is(r.quantity)).build());
    if (!s.lib.template.update(query, Update.update("quantity", r.quantity + 1), SpringItem.class)) {
      throw new IllegalStateException("Conditional update not applied");
    }
    return ++r.quantity;
  }

  @Benchmark
  public WriteResult batchInsert50(Net s, Cursor c) {
    String pk = Items.batchKey(c.next());
    List<SpringItem> items = new ArrayList<>(Items.BATCH_SIZE);
    for (int ck = 0; ck < Items.BATCH_SIZE; ck++) {
      items.add(SpringItem.of(pk, ck));
    }
    return s.lib.template.batchOps().insert(items).execute();
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public SpringItem mapInsert(Replay s, Cursor c) {
    return s.lib.template.insert(SpringItem.of(Items.insertKey(c.next()), 0));
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public List<SpringItem> mapRead100(Replay s) {
    return s.lib.partition(Items.readPartition(0));
  }
}
