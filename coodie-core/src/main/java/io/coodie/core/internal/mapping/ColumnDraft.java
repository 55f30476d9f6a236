package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.ClusteringOrder;
import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.IndexMetadata;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A column before its final position is known: the property's annotations checked and its CQL
 * type resolved. {@code property} is null for the discriminator column.
 */
record ColumnDraft(
    Property property,
    CqlIdentifier name,
    DataType cqlType,
    Type javaType,
    AnnotatedType annotatedType,
    ColumnKind kind,
    int position,
    ClusteringOrder order,
    boolean counter,
    List<Index> indexes,
    Set<Class<?>> userTypes) {

  /** A holder whose annotated type ({@code String}) types the discriminator column. */
  @SuppressWarnings("unused")
  private static String discriminatorType;

  static ColumnDraft of(Property property) {
    PartitionKey partitionKey = property.annotation(PartitionKey.class);
    ClusteringColumn clustering = property.annotation(ClusteringColumn.class);
    boolean isStatic = property.has(Static.class);
    boolean counter = property.has(Counter.class);
    boolean key = partitionKey != null || clustering != null;
    if (partitionKey != null && clustering != null) {
      throw fail(property, "cannot be both @PartitionKey and @ClusteringColumn; keep one");
    }
    if (isStatic && key) {
      throw fail(property, "a primary key column cannot be @Static; remove @Static");
    }
    if (counter && key) {
      throw fail(property, "a @Counter cannot be part of the primary key; key on a plain long");
    }
    int position = partitionKey != null ? partitionKey.value() : clustering != null ? clustering.value() : -1;
    if (key && position < 0) {
      throw fail(property, "key position " + position + " is negative; positions start at 0");
    }
    ColumnKind kind =
        partitionKey != null
            ? ColumnKind.PARTITION_KEY
            : clustering != null
                ? ColumnKind.CLUSTERING
                : isStatic ? ColumnKind.STATIC : ColumnKind.REGULAR;
    CqlTypeResolver resolver = new CqlTypeResolver(property.location());
    DataType cqlType;
    if (counter) {
      Class<?> raw = property.rawType();
      if (raw != long.class && raw != Long.class) {
        throw resolver.fail(property.genericType(), "cannot be a @Counter; use long or Long");
      }
      cqlType = DataTypes.COUNTER;
    } else {
      cqlType = resolver.resolve(property.annotatedType(), property.element(), false);
    }
    List<Index> indexes = List.of(property.element().getAnnotationsByType(Index.class));
    if (counter && !indexes.isEmpty()) {
      throw fail(property, "counter columns cannot be indexed; remove @Index");
    }
    return new ColumnDraft(
        property,
        property.columnName(),
        cqlType,
        property.genericType(),
        property.annotatedType(),
        kind,
        kind.isPrimaryKey() ? position : -1,
        clustering == null ? ClusteringOrder.ASC : clustering.order(),
        counter,
        indexes,
        Set.copyOf(resolver.userTypes()));
  }

  static ColumnDraft discriminator(CqlIdentifier name) {
    AnnotatedType type;
    try {
      type = ColumnDraft.class.getDeclaredField("discriminatorType").getAnnotatedType();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
    return new ColumnDraft(
        null,
        name,
        DataTypes.TEXT,
        String.class,
        type,
        ColumnKind.REGULAR,
        -1,
        ClusteringOrder.ASC,
        false,
        List.of(),
        Set.of());
  }

  boolean isDiscriminator() {
    return property == null;
  }

  boolean isCollection() {
    return cqlType instanceof ListType || cqlType instanceof SetType || cqlType instanceof MapType;
  }

  String propertyName() {
    return property == null ? name.asInternal() : property.name();
  }

  String location() {
    return property == null ? "discriminator column " + name.asInternal() : property.location();
  }

  /** Whether another subtype's property can share this column: same type, role and Java type. */
  boolean isCompatibleWith(ColumnDraft other) {
    return cqlType.equals(other.cqlType)
        && kind == other.kind
        && position == other.position
        && order == other.order
        && counter == other.counter
        && Objects.equals(boxed(javaType), boxed(other.javaType));
  }

  DefaultColumnMetadata toMetadata(int index, List<IndexMetadata> indexMetadata) {
    return new DefaultColumnMetadata(
        propertyName(),
        name,
        cqlType,
        javaType,
        annotatedType,
        kind,
        position,
        order,
        counter,
        isCollection(),
        isDiscriminator(),
        List.copyOf(indexMetadata),
        index);
  }

  private static Type boxed(Type type) {
    return type instanceof Class<?> c ? Types.box(c) : type;
  }

  private static MappingException fail(Property property, String problem) {
    return new MappingException(property.location() + ": " + problem);
  }
}
