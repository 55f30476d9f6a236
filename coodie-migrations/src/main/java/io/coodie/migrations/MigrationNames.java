package io.coodie.migrations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code V<version>__<description>[suffix]} names of migration files and classes. */
final class MigrationNames {

  private static final Pattern NAME = Pattern.compile("V([0-9][0-9._]*)__(.+)");

  private MigrationNames() {}

  record Parsed(MigrationVersion version, String description) {}

  /**
   * Parses a name.
   *
   * @param name the file or simple class name, e.g. {@code V1_1__add_index.cql}
   * @param suffix the suffix to strip, e.g. {@code .cql}
   * @throws IllegalArgumentException if it does not follow the pattern
   */
  static Parsed parse(String name, String suffix) {
    String stem = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    Matcher m = NAME.matcher(stem);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + name + "' is not named V<version>__<description>" + suffix
          + " (e.g. V1__create_orders" + suffix + ", V1_1__add_index" + suffix + ")");
    }
    return new Parsed(MigrationVersion.parse(m.group(1).replaceAll("[._]+$", "")),
        m.group(2).replace('_', ' ').strip());
  }

  /** Whether a file name looks like a versioned migration (starts with V and a digit). */
  static boolean looksVersioned(String name) {
    return name.length() > 1 && name.charAt(0) == 'V' && Character.isDigit(name.charAt(1));
  }
}
