package io.coodie.core.it;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import io.coodie.core.api.mapping.Ascii;
import io.coodie.core.api.mapping.CqlTuple;
import io.coodie.core.api.mapping.Frozen;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TimeUuid;
import io.coodie.core.api.mapping.Vector;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One column of every CQL type. */
@Table
public record AllTypes(
    @PartitionKey UUID id,
    String vText,
    @Ascii String vAscii,
    int vInt,
    Long vBigint,
    short vSmallint,
    Byte vTinyint,
    BigInteger vVarint,
    float vFloat,
    Double vDouble,
    BigDecimal vDecimal,
    boolean vBoolean,
    ByteBuffer vBlob,
    byte[] vBytes,
    @TimeUuid UUID vTimeuuid,
    Instant vTimestamp,
    LocalDate vDate,
    LocalTime vTime,
    CqlDuration vDuration,
    InetAddress vInet,
    List<String> vList,
    Set<Integer> vSet,
    Map<String, Long> vMap,
    List<List<Integer>> vNested,
    @Frozen List<String> vFrozen,
    Point vTuple,
    Mood vEnum,
    @Vector(dimension = 3) float[] vVector) {

  /** A tuple. */
  @CqlTuple
  public record Point(int x, int y, String label) {}

  /** Stored by name. */
  public enum Mood { HAPPY, GRUMPY }

  static final String DDL = "CREATE TABLE all_types (id uuid PRIMARY KEY, v_text text, v_ascii ascii, v_int int,"
      + " v_bigint bigint, v_smallint smallint, v_tinyint tinyint, v_varint varint, v_float float, v_double double,"
      + " v_decimal decimal, v_boolean boolean, v_blob blob, v_bytes blob, v_timeuuid timeuuid,"
      + " v_timestamp timestamp, v_date date, v_time time, v_duration duration, v_inet inet, v_list list<text>,"
      + " v_set set<int>, v_map map<text, bigint>, v_nested list<frozen<list<int>>>, v_frozen frozen<list<text>>,"
      + " v_tuple frozen<tuple<int, int, text>>, v_enum text, v_vector vector<float, 3>)";
}
