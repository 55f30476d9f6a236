package io.coodie.core.internal.schema;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a table option declared by an entity (a CQL literal) with its live value from {@code
 * system_schema.tables}.
 *
 * <p>Both sides are normalised to strings, lists and maps: numbers in any form ({@code 160}, {@code
 * '160'}, {@code 160.0}) compare equal, booleans ignore case, and strategy classes ({@code class}
 * entries of {@code compaction} and {@code compression}) compare by simple name, so {@code
 * LeveledCompactionStrategy} equals {@code org.apache.cassandra.db.compaction.LeveledCompactionStrategy}.
 * A declared map matches when each declared entry is present and equal: the server adds defaults
 * (e.g. {@code max_threshold}) the entity does not declare. Text compares ignoring case, except
 * {@code comment}, which is compared exactly.
 *
 * <p>Known limit: options the server rewrites into another spelling (e.g. {@code
 * speculative_retry = '99PERCENTILE'}, stored as {@code '99p'}) never compare equal; declare them
 * in the server's form to keep re-syncs free of statements.
 */
public final class OptionValues {

  private OptionValues() {}

  /** Whether the declared literal matches the live value of option {@code name}. */
  public static boolean matches(String name, String declaredLiteral, Object live) {
    Object wanted = normalise(new LiteralParser(declaredLiteral).parse());
    return equal(name, null, wanted, normalise(live));
  }

  /** The live value as a readable CQL-ish literal (map keys sorted), for messages. */
  public static String display(Object live) {
    Object value = normalise(live);
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      new java.util.TreeMap<Object, Object>(map).forEach(
          (k, v) ->
              out.append(out.length() > 1 ? ", " : "")
                  .append('\'')
                  .append(k)
                  .append("': ")
                  .append(display(v)));
      return out.append('}').toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(OptionValues::display).toList().toString();
    }
    return value == null ? "null" : isNumberOrBoolean(value.toString()) ? value.toString() : "'" + value + "'";
  }

  private static boolean equal(String option, String key, Object wanted, Object live) {
    if (wanted instanceof Map<?, ?> w) {
      if (!(live instanceof Map<?, ?> l)) {
        return false;
      }
      for (Map.Entry<?, ?> entry : w.entrySet()) {
        if (!l.containsKey(entry.getKey())
            || !equal(option, entry.getKey().toString(), entry.getValue(), l.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (wanted instanceof List<?> w) {
      if (!(live instanceof List<?> l) || w.size() != l.size()) {
        return false;
      }
      for (int i = 0; i < w.size(); i++) {
        if (!equal(option, key, w.get(i), l.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (wanted == null || live == null || live instanceof Map || live instanceof List) {
      return wanted == live;
    }
    String w = wanted.toString();
    String l = live.toString();
    if ("class".equals(key) || "sstable_compression".equals(key)) {
      return simpleName(w).equalsIgnoreCase(simpleName(l));
    }
    return "comment".equals(option) ? w.equals(l) : w.equalsIgnoreCase(l);
  }

  /** Maps to {@code Map<String, Object>}, collections to lists, scalars to canonical strings. */
  static Object normalise(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
      return out;
    }
    if (value instanceof Collection<?> collection) {
      List<Object> out = new ArrayList<>();
      collection.forEach(v -> out.add(normalise(v)));
      return out;
    }
    if (value instanceof ByteBuffer bytes) {
      return com.datastax.oss.driver.api.core.data.ByteUtils.toHexString(bytes);
    }
    String text = value.toString();
    BigDecimal number = number(text);
    if (number != null) {
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return text.toLowerCase(Locale.ROOT);
    }
    return text;
  }

  private static BigDecimal number(String text) {
    if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '-' || text.charAt(0) == '.')) {
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isNumberOrBoolean(String text) {
    return number(text) != null || text.equals("true") || text.equals("false");
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
