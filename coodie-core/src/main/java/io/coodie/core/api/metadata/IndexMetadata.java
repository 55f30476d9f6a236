package io.coodie.core.api.metadata;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.mapping.IndexKind;
import io.coodie.core.api.mapping.IndexTarget;
import java.util.Map;

/** An index declared with {@code @Index}. Immutable. */
public interface IndexMetadata {

  /**
   * The index name, by default {@code <table>_<column>_idx}.
   *
   * @return the name
   */
  CqlIdentifier name();

  /**
   * The indexed column.
   *
   * @return the column name
   */
  CqlIdentifier column();

  /**
   * The resolved target: {@link IndexTarget#VALUES}, {@link IndexTarget#KEYS} or {@link
   * IndexTarget#ENTRIES} for a non-frozen collection, {@link IndexTarget#FULL} for a frozen one,
   * and {@link IndexTarget#AUTO} only for a non-collection column, which is indexed as is.
   *
   * @return the target
   */
  IndexTarget target();

  /**
   * The target as written in {@code CREATE INDEX ... ON table (<target>)}: {@code email}, {@code
   * values(tags)}, {@code keys(attrs)}, {@code entries(attrs)} or {@code full(frozen_tags)}, with
   * the column quoted when needed.
   *
   * @return the CQL target
   */
  String targetCql();

  /**
   * The index implementation.
   *
   * @return the kind
   */
  IndexKind kind();

  /**
   * The {@code WITH OPTIONS} entries, unquoted, in declaration order.
   *
   * @return the options, possibly empty
   */
  Map<String, String> options();
}
