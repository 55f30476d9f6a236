package io.coodie.core.internal.exec;

import io.coodie.core.internal.cql.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * Write options carried by an {@code EntityOperations} instance: TTL, timestamp and conditions.
 *
 * @param ttl USING TTL, or null
 * @param timestamp USING TIMESTAMP, or null
 * @param ifNotExists IF NOT EXISTS on inserts
 * @param ifExists IF EXISTS on updates and deletes
 * @param conditions IF conditions on updates and deletes
 * @param conditionValues their values
 */
record WriteOptions(Integer ttl, Long timestamp, boolean ifNotExists, boolean ifExists, List<Condition> conditions,
    List<Object> conditionValues) {

  static final WriteOptions NONE = new WriteOptions(null, null, false, false, List.of(), List.of());

  WriteOptions withTtl(Integer seconds) {
    return new WriteOptions(seconds, timestamp, ifNotExists, ifExists, conditions, conditionValues);
  }

  WriteOptions withTimestamp(long micros) {
    return new WriteOptions(ttl, micros, ifNotExists, ifExists, conditions, conditionValues);
  }

  WriteOptions withIfNotExists() {
    return new WriteOptions(ttl, timestamp, true, ifExists, conditions, conditionValues);
  }

  WriteOptions withIfExists() {
    return new WriteOptions(ttl, timestamp, ifNotExists, true, conditions, conditionValues);
  }

  WriteOptions withCondition(Condition condition, Object value) {
    List<Condition> c = new ArrayList<>(conditions);
    c.add(condition);
    List<Object> v = new ArrayList<>(conditionValues);
    v.add(value);
    return new WriteOptions(ttl, timestamp, ifNotExists, ifExists, List.copyOf(c), java.util.Collections
        .unmodifiableList(v));
  }

  /** The state of an UPDATE or DELETE of {@code where}, with these options. */
  WriteState applyTo(WriteState where) {
    WriteState state = where.withTtl(ttl).withTimestamp(timestamp);
    if (ifExists) {
      state = state.withIfExists();
    }
    for (int i = 0; i < conditions.size(); i++) {
      state = state.withCondition(conditions.get(i), conditionValues.get(i));
    }
    return state;
  }
}
