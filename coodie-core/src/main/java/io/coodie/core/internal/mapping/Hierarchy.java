package io.coodie.core.internal.mapping;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.Discriminator;
import io.coodie.core.api.mapping.DiscriminatorValue;
import io.coodie.core.api.mapping.Subtypes;
import io.coodie.core.api.mapping.Table;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types stored in one table: the {@code @Table} root and, with {@code @Discriminator}, every
 * subtype found through {@code sealed ... permits} or {@code @Subtypes}.
 *
 * @param root the {@code @Table} type
 * @param discriminator the discriminator annotation, or null for a plain entity
 * @param types the root, then its subtypes in discovery order
 * @param values discriminator value to concrete type, in discovery order
 */
record Hierarchy(
    Class<?> root, Discriminator discriminator, List<Class<?>> types, Map<String, Class<?>> values) {

  static Hierarchy discover(Class<?> root) {
    Discriminator discriminator = root.getAnnotation(Discriminator.class);
    if (discriminator == null) {
      if (root.isAnnotationPresent(Subtypes.class)) {
        throw new MappingException(
            root.getName() + ": @Subtypes needs @Discriminator(column = ...) on the same type");
      }
      return new Hierarchy(root, null, List.of(root), Map.of());
    }
    List<Class<?>> types = new ArrayList<>(subtypesOf(root));
    types.add(0, root);
    Map<String, Class<?>> values = new LinkedHashMap<>();
    for (Class<?> type : types) {
      DiscriminatorValue value = type.getAnnotation(DiscriminatorValue.class);
      boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
      if (concrete && value == null) {
        throw new MappingException(
            type.getName()
                + ": concrete type of polymorphic entity "
                + root.getName()
                + " has no @DiscriminatorValue; add @DiscriminatorValue(\"...\") or make it"
                + " abstract");
      }
      if (!concrete && value != null) {
        throw new MappingException(
            type.getName() + ": abstract types are never stored; remove @DiscriminatorValue");
      }
      if (value != null) {
        Class<?> previous = values.putIfAbsent(value.value(), type);
        if (previous != null) {
          throw new MappingException(
              type.getName()
                  + ": @DiscriminatorValue(\""
                  + value.value()
                  + "\") is already used by "
                  + previous.getName()
                  + "; values must be unique");
        }
      }
    }
    return new Hierarchy(
        root, discriminator, List.copyOf(types), Collections.unmodifiableMap(values));
  }

  /** The {@code @Table} type of an entity class or polymorphic subtype. */
  static Class<?> rootOf(Class<?> type) {
    if (type.isAnnotationPresent(Table.class)) {
      return type;
    }
    Set<Class<?>> roots = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(supertypes(type));
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!pending.isEmpty()) {
      Class<?> candidate = pending.poll();
      if (!seen.add(candidate)) {
        continue;
      }
      if (candidate.isAnnotationPresent(Table.class)) {
        roots.add(candidate);
      } else {
        pending.addAll(supertypes(candidate));
      }
    }
    if (roots.isEmpty()) {
      throw new MappingException(type.getName() + ": not an entity; annotate it with @Table");
    }
    if (roots.size() > 1) {
      throw new MappingException(
          type.getName() + ": inherits from several @Table types " + names(roots) + "; keep one");
    }
    Class<?> root = roots.iterator().next();
    if (!root.isAnnotationPresent(Discriminator.class)) {
      throw new MappingException(
          type.getName()
              + ": has no @Table, and its supertype "
              + root.getName()
              + " is an entity without @Discriminator; annotate "
              + type.getSimpleName()
              + " with @Table, or add @Discriminator to "
              + root.getSimpleName()
              + " to store both in one table");
    }
    return root;
  }

  boolean isPolymorphic() {
    return discriminator != null;
  }

  /** The discriminator values of {@code type} and its subtypes. */
  List<String> valuesAssignableTo(Class<?> type) {
    List<String> assignable = new ArrayList<>();
    values.forEach(
        (value, concrete) -> {
          if (type.isAssignableFrom(concrete)) {
            assignable.add(value);
          }
        });
    return List.copyOf(assignable);
  }

  private static Set<Class<?>> subtypesOf(Class<?> root) {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      Class<?> parent = pending.poll();
      for (Class<?> child : directSubtypes(parent)) {
        if (!parent.isAssignableFrom(child) || child == parent) {
          throw new MappingException(
              parent.getName()
                  + ": @Subtypes lists "
                  + child.getName()
                  + ", which is not a subtype; list only its subclasses or implementations");
        }
        if (child.isAnnotationPresent(Table.class)) {
          throw new MappingException(
              child.getName()
                  + ": subtype of polymorphic entity "
                  + root.getName()
                  + " must not carry @Table; the table is declared on the base type only");
        }
        if (found.add(child)) {
          pending.add(child);
        }
      }
    }
    return found;
  }

  private static List<Class<?>> directSubtypes(Class<?> type) {
    Subtypes listed = type.getAnnotation(Subtypes.class);
    if (listed != null) {
      return List.of(listed.value());
    }
    if (type.isSealed()) {
      return List.of(type.getPermittedSubclasses());
    }
    return List.of();
  }

  private static List<Class<?>> supertypes(Class<?> type) {
    List<Class<?>> supertypes = new ArrayList<>(List.of(type.getInterfaces()));
    if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
      supertypes.add(0, type.getSuperclass());
    }
    return supertypes;
  }

  private static List<String> names(Set<Class<?>> types) {
    return types.stream().map(Class::getName).toList();
  }
}
