package io.coodie.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH settings shared by every variant, chosen so that the whole suite runs in under 15 minutes on 2 cores: one
 * fork per benchmark, one thread, 2 x 3 s warm-up and 3 x 3 s measurement for the workloads against the node. The
 * mapping-only benchmarks ({@code map*}) override them with 2 x 2 s warm-up and 3 x 2 s measurement.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.WARMUP_SECONDS)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.MEASUREMENT_SECONDS)
public abstract class BenchmarkSettings {

  static final int WARMUP_ITERATIONS = 2;
  static final int WARMUP_SECONDS = 3;
  static final int MEASUREMENT_ITERATIONS = 3;
  static final int MEASUREMENT_SECONDS = 3;

  static final int MAPPING_WARMUP_ITERATIONS = 2;
  static final int MAPPING_WARMUP_SECONDS = 2;
  static final int MAPPING_MEASUREMENT_ITERATIONS = 3;
  static final int MAPPING_MEASUREMENT_SECONDS = 2;
}
