package io.coodie.migrations;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The version of a migration: dot- or underscore-separated non-negative integers ({@code 1}, {@code 1.1},
 * {@code 2_0_3}), compared part by part numerically ({@code 1.2 < 1.10 < 2}); trailing zero parts do not count
 * ({@code 1 == 1.0}). File names use underscores ({@code V1_1__add_index.cql}); the canonical form, stored in the
 * history table, uses dots ({@code 1.1}).
 */
public final class MigrationVersion implements Comparable<MigrationVersion> {

  private static final Pattern FORM = Pattern.compile("\\d+([._]\\d+)*");

  private final List<BigInteger> parts;

  private MigrationVersion(List<BigInteger> parts) {
    this.parts = parts;
  }

  /**
   * Parses a version.
   *
   * @param text e.g. {@code 1}, {@code 1.1}, {@code 1_1}
   * @return the version
   * @throws IllegalArgumentException if it is not digits separated by dots or underscores
   */
  public static MigrationVersion parse(String text) {
    Objects.requireNonNull(text, "version");
    String trimmed = text.strip();
    if (!FORM.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a migration version: use numbers separated by"
          + " dots or underscores, e.g. 1, 1.1 or 2_0_3");
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : trimmed.split("[._]")) {
      parts.add(new BigInteger(part));
    }
    int end = parts.size();
    while (end > 1 && parts.get(end - 1).signum() == 0) {
      end--;
    }
    return new MigrationVersion(List.copyOf(parts.subList(0, end)));
  }

  /**
   * The version after this one in its first part: {@code 3.2 -> 4}. Used for generated migrations.
   *
   * @return the next major version
   */
  public MigrationVersion nextMajor() {
    return new MigrationVersion(List.of(parts.get(0).add(BigInteger.ONE)));
  }

  /**
   * The version as a file name writes it: {@code 1_1}.
   *
   * @return the underscore form
   */
  public String fileForm() {
    return toString().replace('.', '_');
  }

  @Override
  public int compareTo(MigrationVersion other) {
    int n = Math.max(parts.size(), other.parts.size());
    for (int i = 0; i < n; i++) {
      BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
      BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
      int c = a.compareTo(b);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MigrationVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  /** The canonical form: parts joined by dots, without trailing zero parts ({@code 1.1}). */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (BigInteger part : parts) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(part);
    }
    return out.toString();
  }
}
