package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.benchmarks.model.CoodieItem;
import io.coodie.benchmarks.model.CoodieStatefulItem;
import io.coodie.benchmarks.model.Items;
import io.coodie.core.api.Batch;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.query.Query;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** coodie-core's public API: {@code Coodie.create(session).entity(CoodieItem.class)}. */
public class CoodieBenchmark extends BenchmarkSettings {

  /** The variant, built on a session. */
  public static final class Lib {
    final CqlSession session;
    final Coodie coodie;
    final EntityOperations<CoodieItem> items;
    final boolean tracked;

    /** With {@code tracked} false, partition reads use {@code Query.untracked()}. */
    Lib(CqlSession session, boolean tracked) {
      this(session, tracked, CoodieItem.class);
    }

    /** On entities of {@code type}: {@link CoodieItem}, or {@link CoodieStatefulItem} for the state in the entity. */
    @SuppressWarnings("unchecked")
    Lib(CqlSession session, boolean tracked, Class<? extends CoodieItem> type) {
      this.session = session;
      this.coodie = Coodie.create(session);
      this.items = (EntityOperations<CoodieItem>) coodie.entity(type);
      this.tracked = tracked;
      this.stateful = type == CoodieStatefulItem.class;
    }

    final boolean stateful;

    /** A new entity of this variant's type. */
    CoodieItem item(String pk, int ck) {
      return stateful ? CoodieStatefulItem.of(pk, ck) : CoodieItem.of(pk, ck);
    }

    static String canonical(CoodieItem i) {
      return Check.canonical(i.getPk(), i.getCk(), i.getName(), i.getDescription(), i.getCategory(), i.getPrice(),
          i.getQuantity(), i.getRating(), i.getCreated(), i.isActive());
    }

    CoodieItem get(String pk, int ck) {
      return items.get(pk, ck).orElse(null);
    }

    List<CoodieItem> partition(String pk) {
      Query<CoodieItem> query = items.query().where("pk").eq(pk);
      return (tracked ? query : query.untracked()).list();
    }

    void check() {
      Check.readRow("coodie", get("r3", 42), Lib::canonical, "r3", 42);
      List<CoodieItem> read = partition("r7");
      Check.partition("coodie", read, Lib::canonical, "r7");
      if (stateful && tracked && !((CoodieStatefulItem) read.get(0)).holdsTrackingState()) {
        throw new IllegalStateException("coodie did not keep the tracking state in CoodieStatefulItem");
      }
    }
  }

  @State(Scope.Benchmark)
  public static class Net {
    Lib lib;

    @Setup(Level.Trial)
    public void open() {
      lib = new Lib(BenchSession.open(), tracked());
      lib.check();
    }

    /** Whether partition reads track their entities ({@link CoodieUntrackedBenchmark} says no). */
    protected boolean tracked() {
      return true;
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
      lib = new Lib(new ReplaySession(BenchSession.open()), tracked());
      lib.check();
      lib.check();
    }

    /** Whether partition reads track their entities ({@link CoodieUntrackedBenchmark} says no). */
    protected boolean tracked() {
      return true;
    }

    @TearDown(Level.Trial)
    public void close() {
      lib.session.close();
    }
  }

  /** The rows this thread updates, loaded once through coodie (so their changes are tracked). */
  @State(Scope.Thread)
  public static class Rows {
    CoodieItem loaded;
    int quantity;

    @Setup(Level.Trial)
    public void load(Net net, Cursor cursor) {
      loaded = net.lib.get(Items.updateKey(cursor.thread), 0);
      quantity = net.lib.get(Items.lwtKey(cursor.thread), 0).getQuantity();
    }
  }

  /** {@code save} of a loaded entity with one changed property: coodie sends {@code UPDATE item SET price=?}. */
  @Benchmark
  public CoodieItem updateOneField(Net s, Rows r) {
    CoodieItem item = r.loaded;
    item.setPrice(item.getPrice() + 1);
    s.lib.items.save(item);
    return item;
  }

  @Benchmark
  public int conditionalUpdate(Net s, Rows r, Cursor c) {
    s.lib.items.mutateById(Items.lwtKey(c.thread), 0)
        .iff("quantity", r.quantity)
        .set("quantity", r.quantity + 1)
        .execute(); // throws LwtException if not applied
    return ++r.quantity;
  }

  @Benchmark
  public Batch batchInsert50(Net s, Cursor c) {
    String pk = Items.batchKey(c.next());
    Batch batch = s.lib.coodie.batch();
    for (int ck = 0; ck < Items.BATCH_SIZE; ck++) {
      batch.insert(CoodieItem.of(pk, ck));
    }
    batch.execute();
    return batch;
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public CoodieItem mapInsert(Replay s, Cursor c) {
    CoodieItem item = CoodieItem.of(Items.insertKey(c.next()), 0);
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
