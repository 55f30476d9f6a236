package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Table options applied by schema creation ({@code CREATE TABLE ... WITH ...}). {@code -1} and
 * empty strings mean "not set": the server default applies.
 *
 * <pre>{@code
 * @TableOptions(defaultTimeToLive = 86400, compaction = @Compaction(strategy = "LeveledCompactionStrategy"),
 *     options = @TableOption(name = "caching", value = "{'keys': 'ALL', 'rows_per_partition': 'NONE'}"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TableOptions {

  /**
   * {@code default_time_to_live} in seconds; {@code -1} leaves it unset.
   *
   * @return the default TTL
   */
  int defaultTimeToLive() default -1;

  /**
   * {@code gc_grace_seconds}; {@code -1} leaves it unset.
   *
   * @return the tombstone grace period
   */
  int gcGraceSeconds() default -1;

  /**
   * The table {@code comment}, plain text (quoted when rendered); empty leaves it unset.
   *
   * @return the comment
   */
  String comment() default "";

  /**
   * The {@code compaction} strategy; unset by default.
   *
   * @return the compaction settings
   */
  Compaction compaction() default @Compaction;

  /**
   * Any other option, as name and CQL literal.
   *
   * @return further options
   */
  TableOption[] options() default {};
}
