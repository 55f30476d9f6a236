package io.coodie.core.internal.mapping;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.Compaction;
import io.coodie.core.api.mapping.TableOption;
import io.coodie.core.api.mapping.TableOptions;
import io.coodie.core.internal.schema.LiteralParser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

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
      rendered.put("compaction", compaction(root, compaction));
    } else if (compaction.options().length > 0) {
      throw new MappingException(
          root.getName() + ": @Compaction options need a strategy; set @Compaction(strategy = ...)");
    }
    for (TableOption option : options.options()) {
      if (option.name().isBlank() || option.value().isBlank()) {
        throw new MappingException(
            root.getName() + ": @TableOption needs a name and a CQL literal value");
      }
      if (!OPTION_NAME.matcher(option.name()).matches()) {
        throw new MappingException(
            root.getName()
                + ": @TableOption name '"
                + option.name()
                + "' is not a table option name; use letters, digits and underscores");
      }
      literal(root, "@TableOption " + option.name(), option.value());
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

  private static final Pattern OPTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Refuses a value that is not exactly one CQL literal: it is written into the DDL as it is. */
  private static void literal(Class<?> root, String what, String value) {
    try {
      LiteralParser.requireLiteral(value);
    } catch (IllegalArgumentException e) {
      throw new MappingException(
          root.getName() + ": " + what + " needs one CQL literal as its value (a number, 'text',"
              + " true/false, or a {map}, [list] or {set} of them): " + e.getMessage(), e);
    }
  }

  /** A CQL string literal: {@code it's -> 'it''s'}. */
  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String compaction(Class<?> root, Compaction compaction) {
    StringBuilder map = new StringBuilder("{'class': ").append(quote(compaction.strategy()));
    for (TableOption option : compaction.options()) {
      literal(root, "@Compaction option " + option.name(), option.value());
      map.append(", ").append(quote(option.name())).append(": ").append(option.value());
    }
    return map.append('}').toString();
  }
}
