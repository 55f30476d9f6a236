package io.coodie.spring.data.repository.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the parameter markers of a {@code @Query} statement and rewrites them to plain {@code ?}: named
 * {@code :name}, indexed {@code ?0}, or plain {@code ?}. String literals ({@code '...'} and {@code $$...$$}), quoted
 * identifiers ({@code "..."}) and comments ({@code --}, {@code //}, block comments) are skipped. A small hand-written
 * scanner: markers are the only CQL syntax it needs to recognize.
 */
final class CqlMarkers {

  /** How a statement's markers are written. */
  enum Style { NONE, NAMED, INDEXED, PLAIN }

  /**
   * A statement with plain markers.
   *
   * @param cql the statement, every marker a plain {@code ?}
   * @param style how the original markers were written
   * @param markers per marker in order: the parameter name (NAMED) or zero-based index (INDEXED, PLAIN)
   */
  record Parsed(String cql, Style style, List<Object> markers) {}

  private CqlMarkers() {}

  /**
   * Parses a statement.
   *
   * @throws IllegalArgumentException if styles are mixed or a literal, identifier or comment is not closed
   */
  static Parsed parse(String cql) {
    StringBuilder out = new StringBuilder(cql.length());
    List<Object> markers = new ArrayList<>();
    Style style = Style.NONE;
    int i = 0;
    int n = cql.length();
    while (i < n) {
      char c = cql.charAt(i);
      int end;
      if (c == '\'' || c == '"') {
        end = closing(cql, i, String.valueOf(c), true);
      } else if (c == '$' && cql.startsWith("$$", i)) {
        end = closing(cql, i + 1, "$$", false);
      } else if (cql.startsWith("--", i) || cql.startsWith("//", i)) {
        int newline = cql.indexOf('\n', i);
        end = newline < 0 ? n : newline;
      } else if (cql.startsWith("/*", i)) {
        end = closing(cql, i + 1, "*/", false);
      } else if (c == '?') {
        int j = i + 1;
        while (j < n && Character.isDigit(cql.charAt(j))) {
          j++;
        }
        Style marker = j > i + 1 ? Style.INDEXED : Style.PLAIN;
        style = same(style, marker, cql);
        markers.add(marker == Style.INDEXED ? Integer.parseInt(cql.substring(i + 1, j)) : markers.size());
        out.append('?');
        i = j;
        continue;
      } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(cql.charAt(i + 1))) {
        int j = i + 1;
        while (j < n && Character.isJavaIdentifierPart(cql.charAt(j))) {
          j++;
        }
        style = same(style, Style.NAMED, cql);
        markers.add(cql.substring(i + 1, j));
        out.append('?');
        i = j;
        continue;
      } else {
        out.append(c);
        i++;
        continue;
      }
      out.append(cql, i, end);
      i = end;
    }
    return new Parsed(out.toString(), style, List.copyOf(markers));
  }

  /** The index after the token that starts at {@code start} and ends with {@code close}. */
  private static int closing(String cql, int start, String close, boolean doubledEscapes) {
    int from = start + 1;
    while (true) {
      int found = cql.indexOf(close, from);
      if (found < 0) {
        throw new IllegalArgumentException("Unclosed " + close + " in " + cql);
      }
      int after = found + close.length();
      if (doubledEscapes && cql.startsWith(close, after)) {
        from = after + close.length();
        continue;
      }
      return after;
    }
  }

  private static Style same(Style current, Style marker, String cql) {
    if (current != Style.NONE && current != marker) {
      throw new IllegalArgumentException("Mixed parameter styles in " + cql + ": use either :name, or ?0 ?1 ..., or"
          + " plain ?");
    }
    return marker;
  }
}
