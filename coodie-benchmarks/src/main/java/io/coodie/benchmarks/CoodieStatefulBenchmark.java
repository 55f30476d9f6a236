package io.coodie.benchmarks;

import io.coodie.benchmarks.model.CoodieItem;
import io.coodie.benchmarks.model.CoodieStatefulItem;
import io.coodie.benchmarks.model.Items;
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
 * coodie-core with the entity keeping its tracking state in a {@code TrackingState} field
 * ({@link CoodieStatefulItem}): the same statements and rows as {@link CoodieBenchmark}, tracked, but without a weak
 * reference per entity. The mapping-only benchmarks here; over the network it is a part of
 * {@link InterleavedBenchmark}.
 */
public class CoodieStatefulBenchmark extends BenchmarkSettings {

  /** {@link CoodieBenchmark.Replay} on {@link CoodieStatefulItem}. */
  @State(Scope.Benchmark)
  public static class Replay {
    CoodieBenchmark.Lib lib;

    @Setup(Level.Trial)
    public void open() {
      lib = new CoodieBenchmark.Lib(new ReplaySession(BenchSession.open()), true, CoodieStatefulItem.class);
      lib.check();
      lib.check();
    }

    @TearDown(Level.Trial)
    public void close() {
      lib.session.close();
    }
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public CoodieItem mapInsert(Replay s, Cursor c) {
    CoodieItem item = CoodieStatefulItem.of(Items.insertKey(c.next()), 0);
    s.lib.items.insert(item);
    return item;
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public List<CoodieItem> mapRead100(Replay s) {
    return s.lib.partition(Items.readPartition(0));
  }
}
