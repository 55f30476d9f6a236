package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.benchmarks.model.Items;
import io.coodie.benchmarks.model.RawItem;
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

/**
 * The floor: the driver with hand-written prepared statements, binding and reading columns by index, and for the
 * update workloads a statement that writes exactly the changed column.
 */
public class RawDriverBenchmark extends BenchmarkSettings {

  /** The variant, built on a session. */
  public static final class Lib {
    final CqlSession session;
    final PreparedStatement insert;
    final PreparedStatement get;
    final PreparedStatement partition;
    final PreparedStatement updatePrice;
    final PreparedStatement updateQuantityIf;

    Lib(CqlSession session) {
      this.session = session;
      insert = session.prepare("INSERT INTO item (pk, ck, name, description, category, price, quantity, rating,"
          + " created, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      String columns = "pk, ck, name, description, category, price, quantity, rating, created, active";
      get = session.prepare("SELECT " + columns + " FROM item WHERE pk = ? AND ck = ?");
      partition = session.prepare("SELECT " + columns + " FROM item WHERE pk = ?");
      updatePrice = session.prepare("UPDATE item SET price = ? WHERE pk = ? AND ck = ?");
      updateQuantityIf = session.prepare("UPDATE item SET quantity = ? WHERE pk = ? AND ck = ? IF quantity = ?");
    }

    static RawItem map(Row row) {
      RawItem item = new RawItem();
      item.setPk(row.getString(0));
      item.setCk(row.getInt(1));
      item.setName(row.getString(2));
      item.setDescription(row.getString(3));
      item.setCategory(row.getString(4));
      item.setPrice(row.getInt(5));
      item.setQuantity(row.getInt(6));
      item.setRating(row.getDouble(7));
      item.setCreated(row.getInstant(8));
      item.setActive(row.getBoolean(9));
      return item;
    }

    static String canonical(RawItem i) {
      return Check.canonical(i.getPk(), i.getCk(), i.getName(), i.getDescription(), i.getCategory(), i.getPrice(),
          i.getQuantity(), i.getRating(), i.getCreated(), i.isActive());
    }

    com.datastax.oss.driver.api.core.cql.BoundStatement bindInsert(RawItem i) {
      return insert.bind(i.getPk(), i.getCk(), i.getName(), i.getDescription(), i.getCategory(), i.getPrice(),
          i.getQuantity(), i.getRating(), i.getCreated(), i.isActive());
    }

    ResultSet insert(RawItem item) {
      return session.execute(bindInsert(item));
    }

    RawItem get(String pk, int ck) {
      Row row = session.execute(get.bind(pk, ck)).one();
      return row == null ? null : map(row);
    }

    List<RawItem> partition(String pk) {
      List<RawItem> items = new ArrayList<>();
      for (Row row : session.execute(partition.bind(pk))) {
        items.add(map(row));
      }
      return items;
    }

    void check() {
      Check.readRow("raw", get("r3", 42), Lib::canonical, "r3", 42);
      Check.partition("raw", partition("r7"), Lib::canonical, "r7");
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
      lib.check(); // replayed rows decode the same the second time
    }

    @TearDown(Level.Trial)
    public void close() {
      lib.session.close();
    }
  }

  /** The rows this thread updates, loaded once. */
  @State(Scope.Thread)
  public static class Rows {
    RawItem loaded;
    int quantity;

    @Setup(Level.Trial)
    public void load(Net net, Cursor cursor) {
      loaded = net.lib.get(Items.updateKey(cursor.thread), 0);
      quantity = net.lib.get(Items.lwtKey(cursor.thread), 0).getQuantity();
    }
  }

  @Benchmark
  public ResultSet updateOneField(Net s, Rows r) {
    RawItem item = r.loaded;
    item.setPrice(item.getPrice() + 1);
    return s.lib.session.execute(s.lib.updatePrice.bind(item.getPrice(), item.getPk(), item.getCk()));
  }

  @Benchmark
  public ResultSet conditionalUpdate(Net s, Rows r, Cursor c) {
    ResultSet rs = s.lib.session.execute(
        s.lib.updateQuantityIf.bind(r.quantity + 1, Items.lwtKey(c.thread), 0, r.quantity));
    if (!rs.wasApplied()) {
      throw new IllegalStateException("Conditional update not applied");
    }
    r.quantity++;
    return rs;
  }

  @Benchmark
  public ResultSet batchInsert50(Net s, Cursor c) {
    String pk = Items.batchKey(c.next());
    BatchStatementBuilder batch = new BatchStatementBuilder(DefaultBatchType.LOGGED);
    for (int ck = 0; ck < Items.BATCH_SIZE; ck++) {
      batch.addStatement(s.lib.bindInsert(RawItem.of(pk, ck)));
    }
    return s.lib.session.execute(batch.build());
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public ResultSet mapInsert(Replay s, Cursor c) {
    return s.lib.insert(RawItem.of(Items.insertKey(c.next()), 0));
  }

  @Benchmark
  @Warmup(iterations = MAPPING_WARMUP_ITERATIONS, time = MAPPING_WARMUP_SECONDS)
  @Measurement(iterations = MAPPING_MEASUREMENT_ITERATIONS, time = MAPPING_MEASUREMENT_SECONDS)
  public List<RawItem> mapRead100(Replay s) {
    return s.lib.partition(Items.readPartition(0));
  }
}
