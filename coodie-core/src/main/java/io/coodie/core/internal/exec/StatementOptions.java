package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import java.time.Duration;

/**
 * Per-request options; null means the driver's configured default.
 *
 * @param consistency consistency level
 * @param serialConsistency serial consistency level
 * @param timeout client-side request timeout
 * @param pageSize rows per page
 */
record StatementOptions(ConsistencyLevel consistency, ConsistencyLevel serialConsistency, Duration timeout,
    Integer pageSize) {

  static final StatementOptions DEFAULTS = new StatementOptions(null, null, null, null);

  StatementOptions withConsistency(ConsistencyLevel level) {
    return new StatementOptions(level, serialConsistency, timeout, pageSize);
  }

  StatementOptions withSerialConsistency(ConsistencyLevel level) {
    if (level != null && !level.isSerial()) {
      throw new IllegalArgumentException("serialConsistency must be SERIAL or LOCAL_SERIAL, was " + level);
    }
    return new StatementOptions(consistency, level, timeout, pageSize);
  }

  StatementOptions withTimeout(Duration value) {
    if (value != null && (value.isNegative() || value.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + value);
    }
    return new StatementOptions(consistency, serialConsistency, value, pageSize);
  }

  StatementOptions withPageSize(Integer value) {
    if (value != null && value < 1) {
      throw new IllegalArgumentException("pageSize must be positive, was " + value);
    }
    return new StatementOptions(consistency, serialConsistency, timeout, value);
  }

  /** Applies the options set to the statement. */
  BoundStatementBuilder applyTo(BoundStatementBuilder builder) {
    BoundStatementBuilder b = builder;
    if (consistency != null) {
      b = b.setConsistencyLevel(consistency);
    }
    if (serialConsistency != null) {
      b = b.setSerialConsistencyLevel(serialConsistency);
    }
    if (timeout != null) {
      b = b.setTimeout(timeout);
    }
    if (pageSize != null) {
      b = b.setPageSize(pageSize);
    }
    return b;
  }
}
