package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.IndexOption;
import io.coodie.core.api.mapping.IndexTarget;
import io.coodie.core.api.metadata.IndexMetadata;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Resolves and validates an {@code @Index} declaration. */
final class IndexFactory {

  private IndexFactory() {}

  static IndexMetadata create(Class<?> owner, CqlIdentifier table, ColumnDraft column, Index index) {
    IndexTarget target = resolveTarget(column, index.target());
    String name =
        index.name().isEmpty()
            ? table.asInternal() + "_" + column.name().asInternal() + "_idx"
            : index.name();
    Map<String, String> options = new LinkedHashMap<>();
    for (IndexOption option : index.options()) {
      options.put(option.name(), option.value());
    }
    return new DefaultIndexMetadata(
        CqlIdentifier.fromInternal(Naming.schemaName(owner, "index", name, false)),
        column.name(),
        target,
        targetCql(column.name(), target),
        index.using(),
        Collections.unmodifiableMap(options));
  }

  private static IndexTarget resolveTarget(ColumnDraft column, IndexTarget requested) {
    DataType type = column.cqlType();
    boolean collection = column.isCollection();
    boolean frozen = collection && isFrozen(type);
    String where = column.location() + ": @Index(target = " + requested + ") ";
    switch (requested) {
      case AUTO:
        return !collection ? IndexTarget.AUTO : frozen ? IndexTarget.FULL : IndexTarget.VALUES;
      case VALUES:
        if (!collection || frozen) {
          throw new MappingException(
              where
                  + "needs a non-frozen list, set or map"
                  + (frozen ? "; use FULL for a frozen collection" : "; use AUTO"));
        }
        return requested;
      case KEYS:
      case ENTRIES:
        if (!(type instanceof MapType) || frozen) {
          throw new MappingException(
              where + "needs a non-frozen map; use VALUES, FULL or AUTO for this column");
        }
        return requested;
      case FULL:
        if (!frozen) {
          throw new MappingException(
              where + "needs a frozen collection; add @Frozen or use AUTO");
        }
        return requested;
      default:
        throw new IllegalStateException(requested.name());
    }
  }

  private static boolean isFrozen(DataType type) {
    if (type instanceof ListType list) {
      return list.isFrozen();
    }
    if (type instanceof SetType set) {
      return set.isFrozen();
    }
    return type instanceof MapType map && map.isFrozen();
  }

  private static String targetCql(CqlIdentifier column, IndexTarget target) {
    String name = column.asCql(true);
    return target == IndexTarget.AUTO
        ? name
        : target.name().toLowerCase(java.util.Locale.ROOT) + "(" + name + ")";
  }
}
