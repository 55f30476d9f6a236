package io.coodie.core.it.tracking;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.UserDefinedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fixtures of the change-tracking data-safety tests. */
public final class Tracked {

  private Tracked() {}

  /** Every kind of column a save may get wrong: primitives, collections, a UDT, a static, a field initializer. */
  @Table(name = "tracked_item")
  public static class Item {
    @PartitionKey public int part;
    @ClusteringColumn public int cluster;
    public String name;
    public int stock;
    public boolean flag;
    public Integer boxed;
    public String status = "NEW";
    public Set<String> textSet = new LinkedHashSet<>();
    public List<String> textList = new ArrayList<>();
    public Map<String, Integer> textMap = new LinkedHashMap<>();
    public Spot spot;
    @Static public String shared;

    public Item() {}

    public Item(int part, int cluster) {
      this.part = part;
      this.cluster = cluster;
    }
  }

  /** The same row, kept track of in the instance itself rather than in coodie's weak identity map. */
  @Table(name = "tracked_item")
  public static class StatefulItem extends Item {
    private io.coodie.core.api.mapping.TrackingState tracking;

    public StatefulItem() {}

    public StatefulItem(int part, int cluster) {
      super(part, cluster);
    }

    /** Whether coodie keeps this instance's state in it (the test checks the field is really used). */
    public boolean holdsTrackingState() {
      return tracking != null;
    }
  }

  /** A mutable UDT. */
  @UserDefinedType
  public static class Spot {
    public String label;
    public int level;

    public Spot() {}

    public Spot(String label, int level) {
      this.label = label;
      this.level = level;
    }
  }

  /** A record read partially and updated through {@code update(loaded, changed)}. */
  @Table(name = "tracked_record")
  public record Contact(@PartitionKey String id, String name, String email, Set<String> phones,
      Map<String, String> labels) {

    public Contact withName(String newName) {
      return new Contact(id, newName, email, phones, labels);
    }
  }

  /** Sixteen independent properties, written concurrently through one shared instance. */
  @Table(name = "tracked_wide")
  public static class Wide {
    @PartitionKey public String id;
    public Integer p0;
    public Integer p1;
    public Integer p2;
    public Integer p3;
    public Integer p4;
    public Integer p5;
    public Integer p6;
    public Integer p7;
    public Integer p8;
    public Integer p9;
    public Integer p10;
    public Integer p11;
    public Integer p12;
    public Integer p13;
    public Integer p14;
    public Integer p15;

    public Wide() {}

    public Wide(String id) {
      this.id = id;
    }
  }

  static void createTables(CqlSession session) {
    session.execute("CREATE TYPE spot (label text, level int)");
    session.execute("CREATE TABLE tracked_item (part int, cluster int, name text, stock int, flag boolean,"
        + " boxed int, status text, text_set set<text>, text_list list<text>, text_map map<text, int>, spot spot,"
        + " shared text STATIC, PRIMARY KEY (part, cluster))");
    session.execute("CREATE TABLE tracked_record (id text PRIMARY KEY, name text, email text, phones set<text>,"
        + " labels map<text, text>)");
    StringBuilder wide = new StringBuilder("CREATE TABLE tracked_wide (id text PRIMARY KEY");
    for (int i = 0; i < 16; i++) {
      wide.append(", p").append(i).append(" int");
    }
    session.execute(wide.append(")").toString());
  }
}
