package io.coodie.benchmarks;

import io.coodie.benchmarks.model.CoodieItem;
import io.coodie.benchmarks.model.Items;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * coodie-core's partition read with {@code query().untracked()}: the same statement and entities as
 * {@link CoodieBenchmark}, without remembering a snapshot of each entity for change tracking. The difference between
 * the two is what tracking costs. Here only the mapping-only read; the untracked read over the network is a part of
 * {@link InterleavedBenchmark#readPartition100}.
 */
public class CoodieUntrackedBenchmark extends BenchmarkSettings {

  /** {@link CoodieBenchmark.Replay} (no network) with untracked partition reads. */
  @State(Scope.Benchmark)
  public static class Replay extends CoodieBenchmark.Replay {
    @Override
    protected boolean tracked() {
      return false;
    }
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public List<CoodieItem> mapRead100(Replay s) {
    return s.lib.partition(Items.readPartition(0));
  }
}
