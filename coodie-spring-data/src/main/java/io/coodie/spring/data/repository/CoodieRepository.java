package io.coodie.spring.data.repository;

import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.query.Update;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The base interface of coodie repositories: Spring Data's {@link ListCrudRepository} for a {@code @Table} entity of
 * coodie-core, plus Cassandra's own operations (insert and update apart from save, reads by partition, slices with a
 * paging state, the entity's typed query API and single-row updates for counters and collections).
 *
 * <pre>{@code
 * public interface ReadingRepository extends CoodieRepository<Reading, MapId> {
 *   List<Reading> findBySensorAndAtGreaterThan(String sensor, Instant since);   // derived query
 * }
 * }</pre>
 *
 * <p><b>The ID type.</b> For a single-column primary key, the column's Java type ({@code UUID}, {@code String},
 * ...). For a composite key (several partition key columns, or clustering columns): a record or class whose
 * properties have the names and types of all the entity's key properties (a record is built through its canonical
 * constructor, a class through its no-argument constructor and fields), or {@link MapId}. A mismatch fails at
 * start-up with a message listing the key properties.
 *
 * <p><b>Semantics.</b> Cassandra writes are upserts and coodie tracks the entities it read, so: {@link #save} writes
 * the changed columns of an entity read through coodie (nothing when nothing changed), or else upserts its non-null
 * properties; {@link #insert} always upserts the non-null properties; {@link #update} is an {@code UPDATE} of them.
 * Null properties of new entities are left unset (no tombstones). {@code findAll()} and {@code count()} scan the
 * whole table; {@code deleteAll()} is {@code TRUNCATE}. Batch variants ({@code saveAll}, {@code findAllById}, ...)
 * run their statements concurrently, not in a Cassandra batch; use {@code Coodie.batch()} for atomic groups.
 *
 * <p><b>Options per method.</b> Re-declare {@code save}, {@code insert}, {@code update}, {@code delete} or
 * {@code deleteById} in your interface with {@link Ttl}, {@link IfNotExists}, {@link IfExists}, {@link Consistency}
 * to change them for that repository, or declare more write methods (see {@link Iff}), or use
 * {@link #operations()}: {@code repository.operations().ttl(60).insert(entity)}.
 *
 * <p>Not a {@code PagingAndSortingRepository}: Cassandra cannot skip to page N or sort by arbitrary columns; pages
 * follow a paging state ({@link #findAll(Pageable)}, {@link CoodiePageRequest}) and order is by clustering columns.
 *
 * @param <T> the entity type
 * @param <ID> the ID type
 */
@NoRepositoryBean
public interface CoodieRepository<T, ID> extends ListCrudRepository<T, ID> {

  /**
   * Inserts (upserts) the entity: every non-null property is written.
   *
   * @param entity the entity
   * @param <S> the entity's type
   * @return the entity
   */
  <S extends T> S insert(S entity);

  /**
   * Inserts every entity, concurrently.
   *
   * @param entities the entities
   * @param <S> the entities' type
   * @return the entities, in order
   */
  <S extends T> List<S> insert(Iterable<S> entities);

  /**
   * Updates the entity's row: the changed columns of an entity read through coodie, else {@code UPDATE ... SET}
   * every non-null, non-key property.
   *
   * @param entity the entity
   * @param <S> the entity's type
   * @return the entity
   */
  <S extends T> S update(S entity);

  /**
   * Every row of one partition, in clustering order.
   *
   * @param partitionKey the partition key values, in key order
   * @return the entities
   * @throws IllegalArgumentException if the number of values is not the partition key's size
   */
  List<T> findByPartition(Object... partitionKey);

  /**
   * One slice of a partition's rows.
   *
   * @param pageable the first page ({@code CoodiePageRequest.first(size)}) or a next one
   *     ({@link CoodieSlice#nextPageable()}); its sort must name clustering columns
   * @param partitionKey the partition key values, in key order
   * @return the slice, with the paging state of the next one
   */
  CoodieSlice<T> findByPartition(Pageable pageable, Object... partitionKey);

  /**
   * One slice of the whole table, in token order.
   *
   * @param pageable the first page ({@code CoodiePageRequest.first(size)}) or a next one
   *     ({@link CoodieSlice#nextPageable()}); unsorted
   * @return the slice, with the paging state of the next one
   */
  CoodieSlice<T> findAll(Pageable pageable);

  /**
   * A single-row {@code UPDATE} by primary key, for counters and collection operators:
   * {@code pages.mutate(url).increment("views", 1).execute()},
   * {@code products.mutate(sku).append("tags", List.of("sale")).execute()}.
   *
   * @param id the primary key
   * @return the update, to complete and execute
   */
  Update<T> mutate(ID id);

  /**
   * The entity's coodie-core operations: typed queries ({@code operations().query().where("x").eq(1)...}), write
   * options ({@code operations().ttl(60).timestamp(t).insert(e)}), conditions, async variants. Batches are on the
   * {@code Coodie} bean: {@code coodie.batch().insert(a).insert(b).execute()}.
   *
   * @return the operations
   */
  EntityOperations<T> operations();
}
