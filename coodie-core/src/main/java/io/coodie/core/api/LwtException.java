package io.coodie.core.api;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A conditional write (lightweight transaction) whose condition did not hold: {@code IF NOT EXISTS} found a row,
 * {@code IF EXISTS} found none, or an {@code IF column = value} condition compared unequal. Nothing was written.
 *
 * <p>Carries what the server returned with {@code [applied] = false}: the current values of the columns the
 * condition named (for {@code IF NOT EXISTS}, the whole existing row), keyed by property name and decoded to the
 * entity's Java types, and, when those values include the full primary key, the existing entity.
 *
 * <p>The message names the columns whose current values the server returned, never the values themselves (they may
 * be personal data, and exception messages end up in logs): read them from {@link #existingValues()} and
 * {@link #existing(Class)}.
 */
public class LwtException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, @Nullable Object> existingValues;
  private final transient @Nullable Object existingEntity;

  /** Creates the exception from the server's answer. */
  public LwtException(String message, Map<String, ? extends @Nullable Object> existingValues,
      @Nullable Object existingEntity) {
    super(message);
    // Columns of the existing row may be null; keep them (Map.copyOf would reject them).
    this.existingValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(existingValues));
    this.existingEntity = existingEntity;
  }

  /**
   * The sentence of a message that says which current values came back, without them: {@code The server returned
   * the current values of [email, id]; read them from existingValues().}
   *
   * @param names the property or column names of the values
   * @return the sentence
   */
  public static String describeCurrentValues(java.util.Collection<String> names) {
    return names.isEmpty()
        ? "The server returned no current values (no row matched)."
        : "The server returned the current values of " + names + "; read them from existingValues().";
  }

  /** Always {@code false}: the write was not applied. */
  public boolean applied() {
    return false;
  }

  /** The current values the server returned, by property name; empty when the row does not exist. */
  public Map<String, @Nullable Object> existingValues() {
    return existingValues;
  }

  /** The existing row as an entity, when the server returned its whole primary key. */
  public <E> Optional<E> existing(Class<E> type) {
    return type.isInstance(existingEntity) ? Optional.of(type.cast(existingEntity)) : Optional.empty();
  }
}
