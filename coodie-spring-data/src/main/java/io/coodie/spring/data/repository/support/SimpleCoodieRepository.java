package io.coodie.spring.data.repository.support;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.querybuilder.QueryBuilder;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Update;
import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.CoodieSlice;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.util.Assert;

/**
 * The implementation of {@link CoodieRepository}'s methods, on coodie-core's {@link EntityOperations}. Query methods
 * of repository interfaces are implemented apart; this class serves the inherited CRUD methods.
 *
 * @param <T> the entity type
 * @param <ID> the ID type
 */
public class SimpleCoodieRepository<T, ID> implements CoodieRepository<T, ID> {

  private final CoodieEntityInformation<T, ID> information;
  private final EntityOperations<T> operations;
  private final Coodie coodie;
  private final EntityWriter<T> writer;

  /**
   * Creates the repository.
   *
   * @param information the entity information
   * @param coodie the coodie the entity's operations come from
   */
  public SimpleCoodieRepository(CoodieEntityInformation<T, ID> information, Coodie coodie) {
    this.information = information;
    this.coodie = coodie;
    this.operations = coodie.entity(information.getJavaType());
    this.writer = information.writer();
  }

  /**
   * Saves the entity. With a {@code @Version}: a new entity (version null, or 0 for a primitive) is inserted
   * {@code IF NOT EXISTS}, any other updated {@code IF version = ?} with the version incremented; a stale one throws
   * {@code OptimisticLockingFailureException}. Auditing properties are filled first (with
   * {@code @EnableCoodieAuditing}).
   *
   * @return the entity as written: the same instance, or a copy for a record whose version or audit values changed
   */
  @Override
  public <S extends T> S save(S entity) {
    if (this.writer.isNeeded()) {
      return this.writer.write(EntityWriter.Kind.SAVE, this.operations, notNull(entity));
    }
    this.operations.save(notNull(entity));
    return entity;
  }

  @Override
  public <S extends T> List<S> saveAll(Iterable<S> entities) {
    if (this.writer.isNeeded()) {
      return Concurrently.map(entities,
          (entity) -> this.writer.writeAsync(EntityWriter.Kind.SAVE, this.operations, notNull(entity)));
    }
    return Concurrently.map(entities, (entity) -> this.operations.saveAsync(notNull(entity)).thenApply((v) -> entity));
  }

  @Override
  public <S extends T> S insert(S entity) {
    if (this.writer.isNeeded()) {
      return this.writer.write(EntityWriter.Kind.INSERT, this.operations, notNull(entity));
    }
    this.operations.insert(notNull(entity));
    return entity;
  }

  @Override
  public <S extends T> List<S> insert(Iterable<S> entities) {
    if (this.writer.isNeeded()) {
      return Concurrently.map(entities,
          (entity) -> this.writer.writeAsync(EntityWriter.Kind.INSERT, this.operations, notNull(entity)));
    }
    return Concurrently.map(entities,
        (entity) -> this.operations.insertAsync(notNull(entity)).thenApply((v) -> entity));
  }

  @Override
  public <S extends T> S update(S entity) {
    if (this.writer.isNeeded()) {
      return this.writer.write(this.writer.isVersioned() ? EntityWriter.Kind.SAVE : EntityWriter.Kind.UPDATE,
          this.operations, notNull(entity));
    }
    this.operations.update(notNull(entity));
    return entity;
  }

  @Override
  public Optional<T> findById(ID id) {
    return this.operations.get(this.information.keyValues(id));
  }

  @Override
  public boolean existsById(ID id) {
    return byKey(this.information.metadata().primaryKey(), this.information.keyValues(id)).exists();
  }

  @Override
  public List<T> findAll() {
    return this.operations.query().list();
  }

  @Override
  public List<T> findAllById(Iterable<ID> ids) {
    return Concurrently.map(ids, (id) -> this.operations.getAsync(this.information.keyValues(id))).stream()
        .flatMap(Optional::stream).toList();
  }

  @Override
  public CoodieSlice<T> findAll(Pageable pageable) {
    return Paging.slice(Paging.sorted(this.operations.query(), pageable.getSort()), pageable);
  }

  @Override
  public List<T> findByPartition(Object... partitionKey) {
    return byKey(this.information.metadata().partitionKey(), partitionKey).list();
  }

  @Override
  public CoodieSlice<T> findByPartition(Pageable pageable, Object... partitionKey) {
    Query<T> query = byKey(this.information.metadata().partitionKey(), partitionKey);
    return Paging.slice(Paging.sorted(query, pageable.getSort()), pageable);
  }

  @Override
  public long count() {
    return this.operations.query().count();
  }

  @Override
  public void deleteById(ID id) {
    this.operations.deleteById(this.information.keyValues(id));
  }

  /** Deletes the entity's row; with a {@code @Version}, {@code IF version = ?} (a stale entity is not deleted). */
  @Override
  public void delete(T entity) {
    if (this.writer.isVersioned()) {
      Concurrently.join(this.writer.deleteAsync(this.operations, notNull(entity)));
      return;
    }
    this.operations.delete(notNull(entity));
  }

  @Override
  public void deleteAllById(Iterable<? extends ID> ids) {
    Concurrently.map(ids, (id) -> byKey(this.information.metadata().primaryKey(), this.information.keyValues(id))
        .delete().executeAsync());
  }

  @Override
  public void deleteAll(Iterable<? extends T> entities) {
    Concurrently.map(entities, (entity) -> this.writer.deleteAsync(this.operations, notNull(entity)));
  }

  /** Removes every row of the table with {@code TRUNCATE}. */
  @Override
  public void deleteAll() {
    CqlIdentifier table = this.information.metadata().table();
    this.coodie.session().execute(this.information.metadata().keyspace()
        .map((keyspace) -> QueryBuilder.truncate(keyspace, table)).orElseGet(() -> QueryBuilder.truncate(table))
        .build());
  }

  @Override
  public Update<T> mutate(ID id) {
    return this.operations.mutateById(this.information.keyValues(id));
  }

  @Override
  public EntityOperations<T> operations() {
    return this.operations;
  }

  private Query<T> byKey(List<ColumnMetadata> columns, Object[] values) {
    Assert.isTrue(values != null && values.length == columns.size(), () -> "Expected " + columns.size()
        + " key value(s) for " + columns.stream().map(ColumnMetadata::propertyName).toList() + " of "
        + this.information.getJavaType().getName() + " but got " + (values == null ? 0 : values.length));
    Query<T> query = this.operations.query();
    for (int i = 0; i < values.length; i++) {
      query = query.where(columns.get(i).propertyName()).eq(values[i]);
    }
    return query;
  }

  private static <S> S notNull(S entity) {
    Assert.notNull(entity, "The entity must not be null");
    return entity;
  }
}
