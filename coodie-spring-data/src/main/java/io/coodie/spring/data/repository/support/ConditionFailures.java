package io.coodie.spring.data.repository.support;

import io.coodie.core.api.LwtException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Spring's exception for a conditional write of a repository method that was not applied, by the method's
 * condition: {@code @IfNotExists} → {@link DuplicateKeyException}, {@code @IfExists} →
 * {@link EmptyResultDataAccessException} (no row), {@code @Iff} → {@link OptimisticLockingFailureException}. The
 * cause is coodie's {@link LwtException}, with the row's current values.
 */
final class ConditionFailures {

  private ConditionFailures() {}

  static RuntimeException translate(MethodOptions options, CoodieQueryMethod method, LwtException lwt) {
    String message = InvalidRepositoryMethodException.describe(method.method()) + ": " + lwt.getMessage();
    if (options.ifNotExists) {
      return new DuplicateKeyException(message, lwt);
    }
    if (options.ifExists) {
      return new EmptyResultDataAccessException(message, 1, lwt);
    }
    return new OptimisticLockingFailureException(message, lwt);
  }

  /** Whether a failure is a condition that did not hold (coodie's, or translated with coodie's as the cause). */
  static boolean isNotApplied(Throwable failure) {
    return failure instanceof LwtException || failure.getCause() instanceof LwtException;
  }
}
