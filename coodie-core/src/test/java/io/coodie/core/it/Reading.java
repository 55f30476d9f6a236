package io.coodie.core.it;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.ClusteringOrder;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.IndexKind;
import io.coodie.core.api.mapping.IndexTarget;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A sensor reading: one partition per sensor, newest first. */
@Table
public record Reading(
    @PartitionKey String sensor,
    @ClusteringColumn(order = ClusteringOrder.DESC) Instant at,
    @Index(using = IndexKind.SAI) Double value,
    @Index Set<String> tags,
    @Index(target = IndexTarget.KEYS) @Index(name = "reading_attrs_entries_idx", target = IndexTarget.ENTRIES)
        Map<String, String> attrs,
    @Index(using = IndexKind.SASI) String label,
    String unit) {

  /** The DDL the tests create the table with (schema sync is tested elsewhere). */
  static final String[] DDL = {
      "CREATE TABLE reading (sensor text, at timestamp, value double, tags set<text>, attrs map<text, text>,"
          + " label text, unit text, PRIMARY KEY (sensor, at)) WITH CLUSTERING ORDER BY (at DESC)",
      "CREATE INDEX reading_value_idx ON reading (value) USING 'sai'",
      "CREATE INDEX reading_tags_idx ON reading (values(tags))",
      "CREATE INDEX reading_attrs_idx ON reading (keys(attrs))",
      "CREATE INDEX reading_attrs_entries_idx ON reading (entries(attrs))",
      "CREATE CUSTOM INDEX reading_label_idx ON reading (label) USING 'org.apache.cassandra.index.sasi.SASIIndex'"
          + " WITH OPTIONS = {'mode': 'CONTAINS'}"};
}
