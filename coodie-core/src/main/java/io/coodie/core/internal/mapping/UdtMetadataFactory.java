package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.internal.core.type.UserDefinedTypeBuilder;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.Indexes;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.UserDefinedType;
import io.coodie.core.api.metadata.UdtFieldMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds {@link UdtMetadata} from a {@code @UserDefinedType} class or record. */
final class UdtMetadataFactory {

  private static final List<Class<? extends Annotation>> TABLE_ONLY =
      List.of(
          PartitionKey.class,
          ClusteringColumn.class,
          Static.class,
          Counter.class,
          Index.class,
          Indexes.class);

  /** User types being built on this thread, to report cycles instead of overflowing the stack. */
  private static final ThreadLocal<Set<Class<?>>> IN_PROGRESS =
      ThreadLocal.withInitial(HashSet::new);

  private UdtMetadataFactory() {}

  static <T> UdtMetadata<T> create(Class<T> type) {
    UserDefinedType annotation = type.getAnnotation(UserDefinedType.class);
    if (annotation == null) {
      throw new MappingException(
          type.getName() + ": not a user type; annotate it with @UserDefinedType");
    }
    Set<Class<?>> inProgress = IN_PROGRESS.get();
    if (!inProgress.add(type)) {
      throw new MappingException(
          type.getName() + ": user type contains itself (directly or nested); CQL forbids cycles");
    }
    try {
      return build(type, annotation);
    } finally {
      inProgress.remove(type);
    }
  }

  private static <T> UdtMetadata<T> build(Class<T> type, UserDefinedType annotation) {
    ClassModel model = MappingCache.model(type);
    if (model.properties().isEmpty()) {
      throw new MappingException(
          type.getName() + ": user type has no mapped fields; add at least one");
    }
    CqlIdentifier name =
        CqlIdentifier.fromInternal(
            Naming.schemaName(
                type,
                "user type",
                annotation.name().isEmpty()
                    ? Naming.snakeCase(type.getSimpleName())
                    : annotation.name(),
                true));
    Optional<CqlIdentifier> keyspace =
        annotation.keyspace().isEmpty()
            ? Optional.empty()
            : Optional.of(
                CqlIdentifier.fromInternal(
                    Naming.schemaName(type, "keyspace", annotation.keyspace(), true)));
    List<UdtFieldMetadata> fields = new ArrayList<>();
    Set<Class<?>> userTypes = new LinkedHashSet<>();
    Set<CqlIdentifier> names = new HashSet<>();
    for (Property property : model.properties()) {
      rejectTableAnnotations(property);
      if (!names.add(property.columnName())) {
        throw new MappingException(
            property.location()
                + ": field name '"
                + property.columnName().asInternal()
                + "' is used twice in the user type; rename one with @Column(name = ...)");
      }
      CqlTypeResolver resolver = new CqlTypeResolver(property.location());
      DataType cqlType = resolver.resolve(property.annotatedType(), property.element(), true);
      userTypes.addAll(resolver.userTypes());
      fields.add(
          new DefaultUdtFieldMetadata(
              property.name(),
              property.columnName(),
              cqlType,
              property.genericType(),
              property.annotatedType(),
              fields.size()));
    }
    return new DefaultUdtMetadata<>(
        type,
        keyspace,
        name,
        List.copyOf(fields),
        dataType(keyspace, name, fields),
        UserTypeOrder.of(userTypes));
  }

  private static com.datastax.oss.driver.api.core.type.UserDefinedType dataType(
      Optional<CqlIdentifier> keyspace, CqlIdentifier name, List<UdtFieldMetadata> fields) {
    if (keyspace.isEmpty()) {
      return new UnboundUserDefinedType(
          name,
          false,
          fields.stream().map(UdtFieldMetadata::name).toList(),
          fields.stream().map(UdtFieldMetadata::cqlType).toList());
    }
    UserDefinedTypeBuilder builder = new UserDefinedTypeBuilder(keyspace.get(), name);
    fields.forEach(field -> builder.withField(field.name(), field.cqlType()));
    return builder.build();
  }

  private static void rejectTableAnnotations(Property property) {
    for (Class<? extends Annotation> annotation : TABLE_ONLY) {
      if (property.has(annotation)) {
        throw new MappingException(
            property.location()
                + ": @"
                + annotation.getSimpleName()
                + " has no meaning in a user type; remove it");
      }
    }
  }
}
