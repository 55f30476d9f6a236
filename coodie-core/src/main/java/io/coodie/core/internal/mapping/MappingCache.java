package io.coodie.core.internal.mapping;

import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.UdtMetadata;

/**
 * Per-class caches of everything derived from annotations. Each value is computed once per class
 * (failures are not cached, so they are reported again on every call).
 */
public final class MappingCache {

  private static final ClassValue<ClassModel> MODELS =
      new ClassValue<>() {
        @Override
        protected ClassModel computeValue(Class<?> type) {
          return ClassModel.scan(type);
        }
      };

  private static final ClassValue<TableModel> TABLES =
      new ClassValue<>() {
        @Override
        protected TableModel computeValue(Class<?> root) {
          return TableModelFactory.create(root);
        }
      };

  private static final ClassValue<EntityMetadata<?>> ENTITIES =
      new ClassValue<>() {
        @Override
        protected EntityMetadata<?> computeValue(Class<?> type) {
          return DefaultEntityMetadata.create(type);
        }
      };

  private static final ClassValue<UdtMetadata<?>> USER_TYPES =
      new ClassValue<>() {
        @Override
        protected UdtMetadata<?> computeValue(Class<?> type) {
          return UdtMetadataFactory.create(type);
        }
      };

  private static final ClassValue<TupleModel> TUPLES =
      new ClassValue<>() {
        @Override
        protected TupleModel computeValue(Class<?> type) {
          return TupleModel.scan(type);
        }
      };

  private static final ClassValue<EntityMapper<?>> MAPPERS =
      new ClassValue<>() {
        @Override
        protected EntityMapper<?> computeValue(Class<?> type) {
          return EntityMapper.create(entity(type));
        }
      };

  private MappingCache() {}

  /** Backs {@link EntityMetadata#of(Class)}. */
  @SuppressWarnings("unchecked")
  public static <T> EntityMetadata<T> entity(Class<T> type) {
    return (EntityMetadata<T>) ENTITIES.get(type);
  }

  /** Backs {@link UdtMetadata#of(Class)}. */
  @SuppressWarnings("unchecked")
  public static <T> UdtMetadata<T> udt(Class<T> type) {
    return (UdtMetadata<T>) USER_TYPES.get(type);
  }

  /** Backs {@link EntityMapper#of(Class)}. */
  @SuppressWarnings("unchecked")
  static <T> EntityMapper<T> mapper(Class<T> type) {
    return (EntityMapper<T>) MAPPERS.get(type);
  }

  static ClassModel model(Class<?> type) {
    return MODELS.get(type);
  }

  static TableModel table(Class<?> root) {
    return TABLES.get(root);
  }

  static TupleModel tuple(Class<?> type) {
    return TUPLES.get(type);
  }
}
