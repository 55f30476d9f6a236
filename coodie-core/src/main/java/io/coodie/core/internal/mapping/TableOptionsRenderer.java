package io.coodie.core.internal.mapping;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.Compaction;
import io.coodie.core.api.mapping.TableOption;
import io.coodie.core.api.mapping.TableOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders {@code @TableOptions} as CQL option name to CQL literal. */
final class TableOptionsRenderer {

  private TableOptionsRenderer() {}

  static Map<String, String> render(Class<?> root) {
    TableOptions options = root.getAnnotation(TableOptions.class);
    if (options == null) {
      return Map.of();
    }
    Map<String, String> rendered = new LinkedHashMap<>();
    if (options.defaultTimeToLive() >= 0) {
      rendered.put("default_time_to_live", Integer.toString(options.defaultTimeToLive()));
    }
    if (options.gcGraceSeconds() >= 0) {
      rendered.put("gc_grace_seconds", Integer.toString(options.gcGraceSeconds()));
    }
    if (!options.comment().isEmpty()) {
      rendered.put("comment", quote(options.comment()));
    }
    Compaction compaction = options.compaction();
    if (!compaction.strategy().isEmpty()) {
      rendered.put("compaction", compaction(compaction));
    } else if (compaction.options().length > 0) {
      throw new MappingException(
          root.getName() + ": @Compaction options need a strategy; set @Compaction(strategy = ...)");
    }
    for (TableOption option : options.options()) {
      if (option.name().isBlank() || option.value().isBlank()) {
        throw new MappingException(
            root.getName() + ": @TableOption needs a name and a CQL literal value");
      }
      if (rendered.putIfAbsent(option.name(), option.value()) != null) {
        throw new MappingException(
            root.getName()
                + ": table option '"
                + option.name()
                + "' is set twice; set it once (dedicated @TableOptions attributes count)");
      }
    }
    return Collections.unmodifiableMap(rendered);
  }

  /** A CQL string literal: {@code it's -> 'it''s'}. */
  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String compaction(Compaction compaction) {
    StringBuilder map = new StringBuilder("{'class': ").append(quote(compaction.strategy()));
    for (TableOption option : compaction.options()) {
      map.append(", ").append(quote(option.name())).append(": ").append(option.value());
    }
    return map.append('}').toString();
  }
}
