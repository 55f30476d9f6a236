package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import io.coodie.benchmarks.model.BenchMapperBuilder;
import io.coodie.benchmarks.model.Items;
import io.coodie.benchmarks.model.MapperItem;
import io.coodie.benchmarks.model.MapperItemDao;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The driver's own object mapper: a DAO whose implementation and entity helper are generated at compile time (no
 * reflection at run time), so it is a second floor for what a mapper can cost. Its DAO also has the full-row
 * {@code update} and conditional {@code updateIfQuantity} methods, but the update workloads are not run for it, to
 * keep the suite under 15 minutes: they would measure a full-row UPDATE, the shape Spring Data's are measured with.
 */
public class DriverMapperBenchmark extends BenchmarkSettings {

  /** The variant, built on a session. */
  public static final class Lib {
    final CqlSession session;
    final MapperItemDao dao;

    Lib(CqlSession session) {
      this.session = session;
      this.dao = new BenchMapperBuilder(session).build().itemDao();
    }

    static String canonical(MapperItem i) {
      return Check.canonical(i.getPk(), i.getCk(), i.getName(), i.getDescription(), i.getCategory(), i.getPrice(),
          i.getQuantity(), i.getRating(), i.getCreated(), i.isActive());
    }

    List<MapperItem> partition(String pk) {
      return dao.findByPartition(pk).all();
    }

    void check() {
      Check.readRow("driver-mapper", dao.findById("r3", 42), Lib::canonical, "r3", 42);
      Check.partition("driver-mapper", partition("r7"), Lib::canonical, "r7");
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

  @Benchmark
  public Object batchInsert50(Net s, Cursor c) {
    String pk = Items.batchKey(c.next());
    BatchStatementBuilder batch = new BatchStatementBuilder(DefaultBatchType.LOGGED);
    for (int ck = 0; ck < Items.BATCH_SIZE; ck++) {
      batch.addStatement(s.lib.dao.bindInsert(MapperItem.of(pk, ck)));
    }
    return s.lib.session.execute(batch.build());
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public MapperItem mapInsert(Replay s, Cursor c) {
    MapperItem item = MapperItem.of(Items.insertKey(c.next()), 0);
    s.lib.dao.insert(item);
    return item;
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public List<MapperItem> mapRead100(Replay s) {
    return s.lib.partition(Items.readPartition(0));
  }
}
