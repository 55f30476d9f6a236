package io.coodie.core.api.mapping;

/**
 * coodie's change-tracking state of one entity instance, kept in the instance itself. Declare one field of this
 * type in a mapped class (not a record) to have it used:
 *
 * <pre>{@code
 * @Table
 * public class Product {
 *   @PartitionKey String sku;
 *   String name;
 *   private TrackingState tracking;   // any name and visibility; leave it null, never copy it
 * }
 * }</pre>
 *
 * <p>Without such a field, coodie remembers what it read or wrote of each instance in a weak identity map, which
 * costs a weak reference per tracked entity and keeps each entity's state alive until the garbage collection after
 * the entity itself died; reads of many rows spend most of their client time on it. With the field, the state lives
 * and dies with the entity, and tracking costs about as much as reading the row. The behaviour of tracking is the
 * same either way.
 *
 * <p>The field is never mapped to a column, and it is not part of the entity's data: leave it null when building an
 * entity, and do not copy it from one instance to another (a copy would be taken for the original, so a save of it
 * would write its differences from the original's row). Implementations are internal to coodie.
 */
public interface TrackingState {}
