package io.coodie.core.internal.mapping;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.TrackingState;
import io.coodie.core.api.mapping.Transient;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The mapped properties of one Java class or record, with {@link MethodHandle}s to read them and to
 * build instances. Shared by entities, user types and tuples; computed once per class.
 *
 * <p>Plain classes: every non-static, non-transient field of the class and its superclasses
 * (superclass first), set after calling the no-argument constructor. Records: every non-{@link
 * Transient} component, passed to the canonical constructor. Interfaces and abstract classes have
 * properties but cannot be instantiated.
 */
final class ClassModel {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType SETTER =
      MethodType.methodType(void.class, Object.class, Object.class);

  private static final byte NOT_A_COLLECTION = 0;
  private static final byte LIST = 1;
  private static final byte SET = 2;
  private static final byte MAP = 3;

  private final Class<?> type;
  private final List<Property> properties;
  private final MethodHandle[] getters;
  private final MethodHandle[] setters;
  private final byte[] collectionKinds;
  private final MethodHandle constructor;
  private final int[] componentOfProperty;
  private final Object[] componentDefaults;
  /** The instance's {@link TrackingState} field, or null if it has none. */
  private final java.lang.invoke.VarHandle trackingState;

  private ClassModel(
      Class<?> type,
      List<Property> properties,
      MethodHandle[] getters,
      MethodHandle[] setters,
      MethodHandle constructor,
      int[] componentOfProperty,
      Object[] componentDefaults,
      java.lang.invoke.VarHandle trackingState) {
    this.type = type;
    this.trackingState = trackingState;
    this.properties = List.copyOf(properties);
    this.getters = getters;
    this.setters = setters;
    this.constructor = constructor;
    this.componentOfProperty = componentOfProperty;
    this.componentDefaults = componentDefaults;
    this.collectionKinds = new byte[properties.size()];
    for (int i = 0; i < collectionKinds.length; i++) {
      collectionKinds[i] = collectionKind(properties.get(i).rawType());
    }
  }

  /** Scans a class or record; prefer {@link MappingCache#model(Class)}, which caches. */
  static ClassModel scan(Class<?> type) {
    if (type.isPrimitive() || type.isArray() || type.isEnum() || type.isAnnotation()) {
      throw new MappingException(type.getName() + ": cannot be mapped; use a class or record");
    }
    return type.isRecord() ? scanRecord(type) : scanClass(type);
  }

  Class<?> type() {
    return type;
  }

  /** The mapped properties; their positions are the property indexes used below. */
  List<Property> properties() {
    return properties;
  }

  boolean isInstantiable() {
    return constructor != null;
  }

  /** The {@link TrackingState} field of instances (a {@code VarHandle} on it), or null if the class has none. */
  java.lang.invoke.VarHandle trackingState() {
    return trackingState;
  }

  /** Reads property {@code index} of {@code target}. */
  Object get(Object target, int index) {
    try {
      return getters[index].invokeExact(target);
    } catch (Throwable e) {
      throw failure("cannot read " + properties.get(index).location(), e);
    }
  }

  /**
   * Builds an instance. Property {@code i} takes {@code source[sourceIndex[i]]}, or nothing when
   * {@code sourceIndex[i] < 0}. A missing or null collection becomes an empty mutable one; other
   * nulls leave a class field at its initial value, and give a record component {@code null} (zero
   * for a primitive).
   */
  Object instantiate(Object[] source, int[] sourceIndex) {
    if (constructor == null) {
      throw new MappingException(
          type.getName() + ": abstract types and interfaces cannot be instantiated");
    }
    return componentDefaults == null
        ? instantiateClass(source, sourceIndex)
        : instantiateRecord(source, sourceIndex);
  }

  private Object instantiateRecord(Object[] source, int[] sourceIndex) {
    Object[] arguments = componentDefaults.clone();
    for (int i = 0; i < componentOfProperty.length; i++) {
      Object value = sourceIndex[i] < 0 ? null : source[sourceIndex[i]];
      if (value == null) {
        value = collectionKinds[i] == NOT_A_COLLECTION ? null : emptyCollection(collectionKinds[i]);
      }
      if (value != null) {
        arguments[componentOfProperty[i]] = value;
      }
    }
    try {
      return constructor.invokeExact(arguments);
    } catch (Throwable e) {
      throw failure("cannot construct " + type.getName(), e);
    }
  }

  private Object instantiateClass(Object[] source, int[] sourceIndex) {
    Object instance;
    try {
      instance = constructor.invokeExact();
    } catch (Throwable e) {
      throw failure("cannot construct " + type.getName(), e);
    }
    for (int i = 0; i < setters.length; i++) {
      Object value = sourceIndex[i] < 0 ? null : source[sourceIndex[i]];
      if (value == null) {
        if (collectionKinds[i] == NOT_A_COLLECTION) {
          continue;
        }
        value = emptyCollection(collectionKinds[i]);
      }
      try {
        setters[i].invokeExact(instance, value);
      } catch (Throwable e) {
        throw failure("cannot set " + properties.get(i).location(), e);
      }
    }
    return instance;
  }

  private static Object emptyCollection(byte kind) {
    return switch (kind) {
      case LIST -> new ArrayList<>();
      case SET -> new LinkedHashSet<>();
      default -> new LinkedHashMap<>();
    };
  }

  private static byte collectionKind(Class<?> raw) {
    if (raw == List.class) {
      return LIST;
    }
    if (raw == Set.class) {
      return SET;
    }
    return raw == Map.class ? MAP : NOT_A_COLLECTION;
  }

  private static MappingException failure(String what, Throwable e) {
    if (e instanceof Error error) {
      throw error;
    }
    return new MappingException(what + ": " + e, e);
  }

  private static ClassModel scanRecord(Class<?> type) {
    MethodHandles.Lookup lookup = lookup(type);
    RecordComponent[] components = type.getRecordComponents();
    List<Property> properties = new ArrayList<>();
    List<MethodHandle> getters = new ArrayList<>();
    List<Integer> componentIndexes = new ArrayList<>();
    Object[] defaults = new Object[components.length];
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      parameterTypes[i] = component.getType();
      defaults[i] = Types.zero(component.getType());
      if (component.getType() == TrackingState.class) {
        throw new MappingException(type.getName() + "." + component.getName() + ": a record cannot hold a "
            + TrackingState.class.getSimpleName() + " (records are immutable, so coodie could not update it);"
            + " remove the component, or make the entity a class");
      }
      if (isTransient(component) || isTransient(component.getAccessor())) {
        continue;
      }
      Property property =
          new Property(type, component.getName(), component, component.getAnnotatedType());
      properties.add(property);
      componentIndexes.add(i);
      getters.add(handle(property, () -> lookup.unreflect(component.getAccessor())).asType(GETTER));
    }
    MethodHandle constructor =
        handle(
                type.getName() + ".<init>",
                () -> lookup.unreflectConstructor(type.getDeclaredConstructor(parameterTypes)))
            .asSpreader(Object[].class, components.length)
            .asType(MethodType.methodType(Object.class, Object[].class));
    return new ClassModel(
        type,
        properties,
        getters.toArray(MethodHandle[]::new),
        null,
        constructor,
        componentIndexes.stream().mapToInt(Integer::intValue).toArray(),
        defaults,
        null);
  }

  private static ClassModel scanClass(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    List<MethodHandle> getters = new ArrayList<>();
    List<MethodHandle> setters = new ArrayList<>();
    Map<String, Property> byName = new HashMap<>();
    java.lang.invoke.VarHandle trackingState = null;
    Field trackingField = null;
    for (Class<?> owner : hierarchy(type)) {
      MethodHandles.Lookup lookup = lookup(owner);
      for (Field field : owner.getDeclaredFields()) {
        if (field.getType() == TrackingState.class && !Modifier.isStatic(field.getModifiers())) {
          if (trackingField != null) {
            throw new MappingException(type.getName() + ": more than one " + TrackingState.class.getSimpleName()
                + " field (" + trackingField.getName() + ", " + field.getName() + "); keep one");
          }
          if (Modifier.isFinal(field.getModifiers())) {
            throw new MappingException(owner.getName() + "." + field.getName() + ": a "
                + TrackingState.class.getSimpleName() + " field must not be final; coodie sets it");
          }
          trackingField = field;
          trackingState = ClassModel.<java.lang.invoke.VarHandle>handle(owner.getName() + "." + field.getName(),
              () -> MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).unreflectVarHandle(field));
          continue;
        }
        if (!isMapped(field)) {
          continue;
        }
        Property property =
            new Property(owner, field.getName(), field, field.getAnnotatedType());
        if (Modifier.isFinal(field.getModifiers())) {
          throw new MappingException(
              property.location()
                  + ": field is final; make it non-final (or mark it @Transient) so coodie can set"
                  + " it when reading rows, or use a record");
        }
        Property shadowed = byName.put(field.getName(), property);
        if (shadowed != null) {
          throw new MappingException(
              property.location()
                  + ": hides field "
                  + shadowed.location()
                  + "; rename one of them or mark one @Transient");
        }
        properties.add(property);
        getters.add(handle(property, () -> lookup.unreflectGetter(field)).asType(GETTER));
        setters.add(handle(property, () -> lookup.unreflectSetter(field)).asType(SETTER));
      }
    }
    return new ClassModel(
        type,
        properties,
        getters.toArray(MethodHandle[]::new),
        setters.toArray(MethodHandle[]::new),
        noArgConstructor(type),
        null,
        null,
        trackingState);
  }

  private static boolean isMapped(Field field) {
    int modifiers = field.getModifiers();
    return !Modifier.isStatic(modifiers)
        && !Modifier.isTransient(modifiers)
        && !field.isSynthetic()
        && !isTransient(field)
        && !isTransient(getter(field));
  }

  /**
   * Annotations that exclude a property from the mapping, by type name so that coodie-core needs neither Spring
   * Data nor {@code java.desktop}: coodie's own, Spring Data's ({@code @org.springframework.data.annotation.Transient},
   * on the field, component or accessor) and {@code java.beans.Transient} (on the accessor, unless
   * {@code value = false}).
   */
  private static final Set<String> TRANSIENT_ANNOTATIONS = Set.of(
      Transient.class.getName(), "org.springframework.data.annotation.Transient", "java.beans.Transient");

  static boolean isTransient(@Nullable AnnotatedElement element) {
    if (element == null) {
      return false;
    }
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      String name = annotation.annotationType().getName();
      if (TRANSIENT_ANNOTATIONS.contains(name)) {
        return !name.equals("java.beans.Transient") || beansTransientValue(annotation);
      }
    }
    return false;
  }

  private static boolean beansTransientValue(Annotation annotation) {
    try {
      return !Boolean.FALSE.equals(annotation.annotationType().getMethod("value").invoke(annotation));
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** The field's JavaBeans getter declared next to it ({@code getName()}, or {@code isName()} for a boolean). */
  private static @Nullable Method getter(Field field) {
    String suffix = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
    for (String prefix : field.getType() == boolean.class ? new String[] {"is", "get"} : new String[] {"get"}) {
      try {
        return field.getDeclaringClass().getDeclaredMethod(prefix + suffix);
      } catch (NoSuchMethodException e) {
        // try the next prefix
      }
    }
    return null;
  }

  private static Deque<Class<?>> hierarchy(Class<?> type) {
    Deque<Class<?>> classes = new ArrayDeque<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      classes.addFirst(c);
    }
    return classes;
  }

  private static MethodHandle noArgConstructor(Class<?> type) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      String hint =
          type.isMemberClass() && !Modifier.isStatic(type.getModifiers())
              ? "; an inner class must be declared static"
              : "";
      throw new MappingException(
          type.getName()
              + ": no constructor without parameters; add one (any visibility, e.g. a private"
              + " one) or make the class a record"
              + hint);
    }
    MethodHandles.Lookup lookup = lookup(type);
    return handle(type.getName() + ".<init>", () -> lookup.unreflectConstructor(constructor))
        .asType(MethodType.methodType(Object.class));
  }

  private static MethodHandles.Lookup lookup(Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    } catch (IllegalAccessException e) {
      throw inaccessible(type.getName(), type, e);
    }
  }

  /** Looks up a method or var handle. */
  private interface HandleSupplier<H> {
    H get() throws ReflectiveOperationException;
  }

  private static MethodHandle handle(Property property, HandleSupplier<MethodHandle> supplier) {
    return handle(property.location(), supplier);
  }

  private static <H> H handle(String location, HandleSupplier<H> supplier) {
    try {
      return supplier.get();
    } catch (IllegalAccessException e) {
      throw inaccessible(location, null, e);
    } catch (ReflectiveOperationException e) {
      throw new MappingException(location + ": cannot be accessed: " + e, e);
    }
  }

  private static MappingException inaccessible(String location, Class<?> type, Exception e) {
    String pkg = type == null ? "its package" : "package " + type.getPackageName();
    return new MappingException(
        location
            + ": not accessible to coodie; open "
            + pkg
            + " to coodie (module-info: opens ... to io.coodie.core)",
        e);
  }
}
