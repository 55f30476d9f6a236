package io.coodie.spring.data.repository.support;

import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.LwtException;
import io.coodie.spring.data.auditing.CoodieAuditingHandler;
import io.coodie.spring.data.mapping.EntityConventions;
import io.coodie.spring.data.mapping.EntityProperty;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one place where repositories write entities with Spring Data's conventions: auditing properties filled before
 * the write, and {@code @Version} optimistic locking. A versioned entity is new while its version is {@code null}
 * (or {@code 0} for a primitive): it is inserted {@code IF NOT EXISTS} with version {@code 0} ({@code 1} for a
 * primitive); otherwise it is updated {@code IF version = <its version>} with the version incremented. A condition
 * that does not hold leaves the row unchanged, restores the entity's version and throws
 * {@link OptimisticLockingFailureException} (its cause, coodie's {@link LwtException}, carries the row's current
 * values); a failed {@code insert} throws {@link DuplicateKeyException}.
 *
 * <p>Entities without a version or auditing properties are written by coodie-core directly (no copy, no extra
 * step).
 *
 * @param <T> the entity type
 */
final class EntityWriter<T> {

  enum Kind { INSERT, SAVE, UPDATE }

  private final EntityConventions conventions;
  private final @Nullable CoodieAuditingHandler auditing;
  private final @Nullable EntityProperty version;

  EntityWriter(EntityConventions conventions, @Nullable CoodieAuditingHandler auditing) {
    this.conventions = conventions;
    this.auditing = conventions.isAudited() ? auditing : null;
    this.version = conventions.version().orElse(null);
  }

  /** Whether writes need this class (a version or auditing), rather than coodie-core's plain writes. */
  boolean isNeeded() {
    return this.version != null || this.auditing != null;
  }

  boolean isVersioned() {
    return this.version != null;
  }

  /** Writes the entity, waiting for the result; returns the entity as written (a copy, for a record). */
  <S extends T> S write(Kind kind, EntityOperations<T> operations, S entity) {
    return Concurrently.join(writeAsync(kind, operations, entity));
  }

  /** Writes the entity; completes with the entity as written (a copy, for a record). */
  @SuppressWarnings("unchecked")
  <S extends T> CompletionStage<S> writeAsync(Kind kind, EntityOperations<T> operations, S entity) {
    boolean creation = this.auditing != null && isCreation(entity);
    S marked = this.auditing == null ? entity : this.auditing.mark(this.conventions, entity);
    if (this.version == null) {
      S written = creation ? marked : withoutCreation(marked);
      CompletionStage<Void> write = switch (kind) {
        case INSERT -> operations.insertAsync(written);
        case SAVE -> operations.saveAsync(written);
        case UPDATE -> operations.updateAsync(written);
      };
      return write.thenApply((ignored) -> marked);
    }
    EntityProperty property = this.version;
    Object current = property.get(marked);
    boolean isNew = current == null || (property.type().isPrimitive() && ((Number) current).longValue() == 0);
    if (isNew || kind == Kind.INSERT) {
      Object initial = isNew ? number(property, property.type().isPrimitive() ? 1 : 0) : current;
      S candidate = property.with(marked, initial);
      return failed(operations.ifNotExists().insertAsync(candidate), property, marked, current, (lwt) ->
          kind == Kind.INSERT
              ? new DuplicateKeyException(this.conventions.type().getName() + " was not inserted: a row with its"
                  + " primary key exists. " + lwt.getMessage(), lwt)
              : new OptimisticLockingFailureException(this.conventions.type().getName() + " is new (version "
                  + current + ") but a row with its primary key exists: it was inserted concurrently. "
                  + lwt.getMessage(), lwt))
          .thenApply((ignored) -> candidate);
    }
    S candidate = property.with(marked, number(property, ((Number) current).longValue() + 1));
    S written = creation ? candidate : withoutCreation(candidate);
    return failed(operations.iff(property.name(), current).updateAsync(written), property, candidate, current,
        (lwt) -> new OptimisticLockingFailureException(stale(current, lwt), lwt)).thenApply((ignored) -> candidate);
  }

  /** Whether the entity is being created, as auditing sees it: its created-date (or created-by) is still null. */
  private boolean isCreation(Object entity) {
    return this.conventions.createdDate().map((p) -> p.get(entity) == null)
        .or(() -> this.conventions.createdBy().map((p) -> p.get(entity) == null)).orElse(true);
  }

  /**
   * What is sent for a record that is not being created: a copy without its created-date and created-by, which a
   * record's upsert then leaves unset, so that a later save never writes them again. (A class read through coodie
   * is written by its changes, which do not include them; the caller gets the entity with its values either way.)
   */
  private <S> S withoutCreation(S entity) {
    if (!entity.getClass().isRecord()) {
      return entity;
    }
    S result = entity;
    if (this.conventions.createdDate().isPresent()) {
      result = this.conventions.createdDate().get().with(result, null);
    }
    if (this.conventions.createdBy().isPresent()) {
      result = this.conventions.createdBy().get().with(result, null);
    }
    return result;
  }

  /** Deletes a versioned entity {@code IF version = <its version>}; others unconditionally. */
  CompletionStage<Void> deleteAsync(EntityOperations<T> operations, T entity) {
    if (this.version == null || this.version.get(entity) == null) {
      return operations.deleteAsync(entity);
    }
    Object current = this.version.get(entity);
    return failed(operations.iff(this.version.name(), current).deleteAsync(entity), this.version, entity, current,
        (lwt) -> new OptimisticLockingFailureException(stale(current, lwt).replace("was not updated",
            "was not deleted"), lwt));
  }

  private String stale(@Nullable Object current, LwtException lwt) {
    Object found = lwt.existingValues().get(this.version.name());
    return this.conventions.type().getName() + " with version " + current + " was not updated: "
        + (lwt.existingValues().isEmpty() ? "the row does not exist (it was deleted)"
        : "the row has version " + found + " (it was changed concurrently)") + ". Read it again and retry.";
  }

  /** The write's outcome: an {@link LwtException} becomes {@code translate}'s, with the version restored. */
  private static <E> CompletionStage<Void> failed(CompletionStage<Void> write, EntityProperty property, E entity,
      @Nullable Object version, java.util.function.Function<LwtException, RuntimeException> translate) {
    return write.exceptionally((failure) -> {
      RuntimeException cause = Concurrently.unwrap(failure);
      if (cause instanceof LwtException lwt) {
        property.with(entity, version); // a class is restored in place; a record copy is dropped
        throw new CompletionException(translate.apply(lwt));
      }
      throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
    });
  }

  private static Object number(EntityProperty property, long value) {
    Class<?> type = property.type();
    return type == int.class || type == Integer.class ? (Object) Math.toIntExact(value) : (Object) value;
  }

  static <S> CompletableFuture<S> done(S value) {
    return CompletableFuture.completedFuture(value);
  }
}
