package io.coodie.core.internal.mapping;

import io.coodie.core.api.metadata.UdtMetadata;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Orders user types so that each comes after the types it uses. */
final class UserTypeOrder {

  private UserTypeOrder() {}

  /** The given user-type classes and everything they use, dependencies first. */
  static List<UdtMetadata<?>> of(Set<Class<?>> userTypes) {
    Set<UdtMetadata<?>> ordered = new LinkedHashSet<>();
    for (Class<?> type : userTypes) {
      UdtMetadata<?> udt = MappingCache.udt(type);
      ordered.addAll(udt.dependencies());
      ordered.add(udt);
    }
    return List.copyOf(ordered);
  }
}
