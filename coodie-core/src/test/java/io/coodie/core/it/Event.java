package io.coodie.core.it;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** A plain (non-record) entity: many rows in one partition, for paging. */
@Table(name = "events")
public class Event {
  @PartitionKey
  private String stream;
  @ClusteringColumn
  private int seq;
  private String payload;

  Event() {}

  public Event(String stream, int seq, String payload) {
    this.stream = stream;
    this.seq = seq;
    this.payload = payload;
  }

  public String stream() {
    return stream;
  }

  public int seq() {
    return seq;
  }

  public String payload() {
    return payload;
  }

  public void payload(String value) {
    this.payload = value;
  }

  static final String DDL = "CREATE TABLE events (stream text, seq int, payload text, PRIMARY KEY (stream, seq))";
}
