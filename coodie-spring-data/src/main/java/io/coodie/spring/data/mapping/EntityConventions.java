package io.coodie.spring.data.mapping;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Spring Data conventions of one coodie entity, read once when its repository is created: the {@code @Version}
 * property and the auditing properties. Every other Spring Data or Spring Data Cassandra annotation on the entity
 * (its class, fields, record components, accessors and constructors) fails with an
 * {@link UnsupportedMappingAnnotationException} naming the class, property and annotation.
 *
 * <p>Honoured: {@code @Transient} (coodie-core excludes the property), {@code @Version} (a {@code long},
 * {@code Long}, {@code int} or {@code Integer} non-key property: optimistic locking), {@code @CreatedDate},
 * {@code @LastModifiedDate}, {@code @CreatedBy}, {@code @LastModifiedBy} (with auditing enabled), {@code @Id} on the
 * entity's single primary key column, {@code @AccessType(FIELD)}.
 *
 * @param type the entity class
 * @param version the {@code @Version} property
 * @param createdDate the {@code @CreatedDate} property
 * @param lastModifiedDate the {@code @LastModifiedDate} property
 * @param createdBy the {@code @CreatedBy} property
 * @param lastModifiedBy the {@code @LastModifiedBy} property
 */
public record EntityConventions(Class<?> type, Optional<EntityProperty> version, Optional<EntityProperty> createdDate,
    Optional<EntityProperty> lastModifiedDate, Optional<EntityProperty> createdBy,
    Optional<EntityProperty> lastModifiedBy) {

  static final String DATA = "org.springframework.data.annotation.";
  static final String CASSANDRA = "org.springframework.data.cassandra.core.mapping.";

  private static final Set<Class<?>> VERSION_TYPES = Set.of(long.class, Long.class, int.class, Integer.class);
  private static final Set<Class<?>> DATE_TYPES =
      Set.of(Instant.class, LocalDateTime.class, Date.class, Long.class);

  private static final Map<String, String> CASSANDRA_ADVICE = Map.ofEntries(
      Map.entry("Table", "use io.coodie.core.api.mapping.Table"),
      Map.entry("PrimaryKey", "use @PartitionKey (io.coodie.core.api.mapping) on the key column"),
      Map.entry("PrimaryKeyColumn", "use @PartitionKey or @ClusteringColumn (io.coodie.core.api.mapping)"),
      Map.entry("PrimaryKeyClass", "coodie has no key classes: put the key columns on the entity with @PartitionKey"
          + " and @ClusteringColumn, and use a record with their names as the repository's ID type"),
      Map.entry("Column", "use io.coodie.core.api.mapping.Column"),
      Map.entry("Indexed", "use io.coodie.core.api.mapping.Index"),
      Map.entry("SASI", "use @Index(using = IndexKind.SASI)"),
      Map.entry("SaiIndexed", "use @Index(using = IndexKind.SAI)"),
      Map.entry("UserDefinedType", "use io.coodie.core.api.mapping.UserDefinedType"),
      Map.entry("Frozen", "use io.coodie.core.api.mapping.Frozen"),
      Map.entry("Tuple", "use io.coodie.core.api.mapping.CqlTuple"),
      Map.entry("Element", "use a @CqlTuple record (its components are the tuple's elements)"),
      Map.entry("CassandraType", "coodie derives the CQL type from the Java type; use @Ascii, @TimeUuid, @Frozen,"
          + " @Vector or @CqlTuple (io.coodie.core.api.mapping) where it needs a hint"),
      Map.entry("Embedded", "coodie does not flatten embedded objects; map the fields on the entity, or use a"
          + " @UserDefinedType"));

  private static final Map<String, String> DATA_ADVICE = Map.of(
      "PersistenceCreator", "coodie creates records through their canonical constructor and classes through their"
          + " no-argument constructor; remove @PersistenceCreator",
      "ReadOnlyProperty", "coodie writes every mapped property; mark it @Transient to keep it out of the table, or"
          + " remove @ReadOnlyProperty",
      "TypeAlias", "coodie's polymorphism uses @Subtypes and @DiscriminatorValue (io.coodie.core.api.mapping)",
      "Reference", "coodie does not map references between entities; store the key and read the other entity",
      "AccessType", "coodie reads and writes fields (and record components); only @AccessType(FIELD) is accepted",
      "Id", "coodie's primary key is declared with @PartitionKey and @ClusteringColumn (io.coodie.core.api"
          + ".mapping); @Id may stay only on the entity's single primary key column");

  /**
   * Reads the conventions of an entity.
   *
   * @param metadata the entity's coodie metadata
   * @param auditing whether auditing is enabled ({@code @EnableCoodieAuditing})
   * @return the conventions
   * @throws UnsupportedMappingAnnotationException for an annotation coodie does not honour
   */
  public static EntityConventions of(EntityMetadata<?> metadata, boolean auditing) {
    Class<?> type = metadata.javaType();
    Map<String, EntityProperty> found = new LinkedHashMap<>();
    for (Target target : targets(type)) {
      for (Annotation annotation : target.element().getDeclaredAnnotations()) {
        check(metadata, auditing, target, annotation, found);
      }
    }
    return new EntityConventions(type, Optional.ofNullable(found.get("Version")),
        Optional.ofNullable(found.get("CreatedDate")), Optional.ofNullable(found.get("LastModifiedDate")),
        Optional.ofNullable(found.get("CreatedBy")), Optional.ofNullable(found.get("LastModifiedBy")));
  }

  /** Whether the entity has an auditing property. */
  public boolean isAudited() {
    return this.createdDate.isPresent() || this.lastModifiedDate.isPresent() || this.createdBy.isPresent()
        || this.lastModifiedBy.isPresent();
  }

  /** An annotated element of the entity, and the property it stands for ({@code null}: the class itself). */
  private record Target(AnnotatedElement element, @Nullable String property, String where) {}

  private static List<Target> targets(Class<?> type) {
    List<Target> targets = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      targets.add(new Target(c, null, c.getName()));
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          targets.add(new Target(component, component.getName(), c.getName() + "." + component.getName()));
        }
      }
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
          targets.add(new Target(field, field.getName(), c.getName() + "." + field.getName()));
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (!method.isSynthetic() && !method.isBridge()) {
          String property = property(method);
          targets.add(new Target(method, property, c.getName() + "." + property + " (" + method.getName() + "())"));
        }
      }
      for (Constructor<?> constructor : c.getDeclaredConstructors()) {
        targets.add(new Target(constructor, null, c.getName() + " (constructor)"));
      }
    }
    return targets;
  }

  private static String property(Method method) {
    String name = method.getName();
    for (String prefix : List.of("get", "is", "set")) {
      if (name.length() > prefix.length() && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        return Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
      }
    }
    return name;
  }

  private static void check(EntityMetadata<?> metadata, boolean auditing, Target target, Annotation annotation,
      Map<String, EntityProperty> found) {
    String name = annotation.annotationType().getName();
    if (name.equals("java.beans.Transient") || name.equals(DATA + "Transient")) {
      if (target.property() != null && metadata.findColumn(target.property()).isPresent()
          && !Boolean.FALSE.equals(attribute(annotation, "value"))) {
        throw refuse(target, annotation, "coodie excludes a property marked on its field, record component or getter"
            + " (getX()/isX() next to the field), and this one is still mapped; move the annotation there");
      }
      return;
    }
    if (!name.startsWith(DATA) && !name.startsWith(CASSANDRA)) {
      for (Annotation meta : annotation.annotationType().getDeclaredAnnotations()) {
        String metaName = meta.annotationType().getName();
        if (metaName.startsWith(DATA) || metaName.startsWith(CASSANDRA)) {
          throw refuse(target, annotation, "it is a composed annotation carrying @" + metaName + ", which coodie"
              + " does not read through other annotations; put @" + meta.annotationType().getSimpleName()
              + " on the property itself");
        }
      }
      return;
    }
    String simple = annotation.annotationType().getSimpleName();
    if (name.startsWith(CASSANDRA)) {
      throw refuse(target, annotation, "this is Spring Data Cassandra's mapping annotation, which coodie does not"
          + " read; " + CASSANDRA_ADVICE.getOrDefault(simple, "use coodie's mapping annotations"
          + " (io.coodie.core.api.mapping)"));
    }
    switch (simple) {
      case "AccessType" -> {
        if (!String.valueOf(attribute(annotation, "value")).equals("FIELD")) {
          throw refuse(target, annotation, DATA_ADVICE.get(simple));
        }
      }
      case "Id" -> {
        List<ColumnMetadata> key = metadata.primaryKey();
        if (target.property() == null || key.size() != 1 || !key.get(0).propertyName().equals(target.property())) {
          throw refuse(target, annotation, DATA_ADVICE.get(simple) + (key.size() == 1 ? " ("
              + key.get(0).propertyName() + ")" : "; this entity's key has " + key.size() + " columns "
              + key.stream().map(ColumnMetadata::propertyName).toList()));
        }
      }
      case "Version" -> found.put(simple, version(metadata, target, annotation, found));
      case "CreatedDate", "LastModifiedDate", "CreatedBy", "LastModifiedBy" -> {
        if (!auditing) {
          throw refuse(target, annotation, "auditing is not enabled; add @EnableCoodieAuditing to a"
              + " @Configuration class (with an AuditorAware bean for @CreatedBy and @LastModifiedBy)");
        }
        EntityProperty property = mapped(metadata, target, annotation);
        if (simple.endsWith("Date") && !DATE_TYPES.contains(property.type())) {
          throw refuse(target, annotation, "the property is a " + property.type().getName() + "; use Instant,"
              + " LocalDateTime, java.util.Date or a Long of epoch milliseconds");
        }
        if (found.containsKey(simple) && !found.get(simple).name().equals(property.name())) {
          throw refuse(target, annotation, "the entity already has a @" + simple + " property, "
              + found.get(simple).name());
        }
        found.put(simple, property);
      }
      default -> throw refuse(target, annotation, DATA_ADVICE.getOrDefault(simple, "coodie does not support"
          + " this annotation; remove it"));
    }
  }

  private static EntityProperty version(EntityMetadata<?> metadata, Target target, Annotation annotation,
      Map<String, EntityProperty> found) {
    EntityProperty property = mapped(metadata, target, annotation);
    ColumnMetadata column = metadata.column(property.name());
    if (!VERSION_TYPES.contains(property.type())) {
      throw refuse(target, annotation, "the version is a " + property.type().getName() + "; use long, Long, int or"
          + " Integer");
    }
    if (column.kind().isPrimaryKey() || column.isCounter()) {
      throw refuse(target, annotation, "the version must be a regular column, not a "
          + (column.isCounter() ? "counter" : "primary key column"));
    }
    if (found.containsKey("Version") && !found.get("Version").name().equals(property.name())) {
      throw refuse(target, annotation, "the entity already has a @Version property, " + found.get("Version").name());
    }
    return property;
  }

  /** The mapped property an annotation is on. */
  private static EntityProperty mapped(EntityMetadata<?> metadata, Target target, Annotation annotation) {
    if (target.property() == null || metadata.findColumn(target.property()).isEmpty()) {
      throw refuse(target, annotation, "it must be on a mapped property (a field or record component that coodie"
          + " maps to a column)");
    }
    return EntityProperty.of(metadata.javaType(), target.property());
  }

  private static @Nullable Object attribute(Annotation annotation, String name) {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (ReflectiveOperationException ex) {
      return null;
    }
  }

  private static UnsupportedMappingAnnotationException refuse(Target target, Annotation annotation, String advice) {
    return new UnsupportedMappingAnnotationException(target.where() + ": @" + annotation.annotationType().getName()
        + " is not supported: " + advice + ".");
  }
}
