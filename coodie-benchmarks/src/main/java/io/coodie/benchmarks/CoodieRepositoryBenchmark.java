package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.benchmarks.model.CoodieItem;
import io.coodie.benchmarks.model.CoodieItemRepository;
import io.coodie.benchmarks.model.CoodieItemRepository.ItemId;
import io.coodie.benchmarks.model.Items;
import io.coodie.core.api.Coodie;
import io.coodie.spring.data.repository.support.CoodieRepositoryFactory;
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
 * A coodie Spring Data repository ({@code CoodieRepository}), built without a Spring context by
 * {@code new CoodieRepositoryFactory(coodie)}: the proxy, its method dispatch and the query methods on top of
 * coodie-core. No batch workload: the repository has no Cassandra batch ({@code insert(Iterable)} runs the inserts
 * concurrently, which is not the same work); batches are {@code coodie.batch()}, measured in {@link CoodieBenchmark}.
 */
public class CoodieRepositoryBenchmark extends BenchmarkSettings {

  /** The variant, built on a session. */
  public static final class Lib {
    final CqlSession session;
    final CoodieItemRepository items;

    Lib(CqlSession session) {
      this.session = session;
      this.items = new CoodieRepositoryFactory(Coodie.create(session)).getRepository(CoodieItemRepository.class);
    }

    CoodieItem get(String pk, int ck) {
      return items.findById(new ItemId(pk, ck)).orElse(null);
    }

    List<CoodieItem> partition(String pk) {
      return items.findByPartition(pk);
    }

    void check() {
      Check.readRow("coodie-repository", get("r3", 42), CoodieBenchmark.Lib::canonical, "r3", 42);
      Check.partition("coodie-repository", partition("r7"), CoodieBenchmark.Lib::canonical, "r7");
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

  /** The rows this thread updates, loaded once through the repository (so their changes are tracked). */
  @State(Scope.Thread)
  public static class Rows {
    CoodieItem loaded;
    CoodieItem lwt;

    @Setup(Level.Trial)
    public void load(Net net, Cursor cursor) {
      loaded = net.lib.get(Items.updateKey(cursor.thread), 0);
      lwt = net.lib.get(Items.lwtKey(cursor.thread), 0);
    }
  }

  /** {@code save} of a loaded entity: like coodie-core, only the changed column is written. */
  @Benchmark
  public CoodieItem updateOneField(Net s, Rows r) {
    CoodieItem item = r.loaded;
    item.setPrice(item.getPrice() + 1);
    return s.lib.items.save(item);
  }

  /** {@code @Iff("quantity = :expected")} on an update method of the loaded entity. */
  @Benchmark
  public CoodieItem conditionalUpdate(Net s, Rows r) {
    CoodieItem item = r.lwt;
    int expected = item.getQuantity();
    item.setQuantity(expected + 1);
    if (!s.lib.items.updateIfQuantity(item, expected)) {
      throw new IllegalStateException("Conditional update not applied");
    }
    return item;
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public CoodieItem mapInsert(Replay s, Cursor c) {
    return s.lib.items.insert(CoodieItem.of(Items.insertKey(c.next()), 0));
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public List<CoodieItem> mapRead100(Replay s) {
    return s.lib.partition(Items.readPartition(0));
  }
}
