package io.coodie.core.internal.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the CQL literals used as table option values: quoted strings ({@code 'it''s'}), numbers,
 * booleans and bare words, maps ({@code {'class': 'X', 'n': 4}}), lists ({@code [..]}) and sets
 * ({@code {a, b}}). Strings come back unquoted, numbers and words as their text, maps as {@code
 * LinkedHashMap<String, Object>}, lists and sets as {@code List<Object>}.
 */
public final class LiteralParser {

  /** The characters of a bare word: numbers ({@code -1.5e3}), booleans and unreserved keywords. */
  private static final java.util.regex.Pattern BARE_WORD = java.util.regex.Pattern.compile("[A-Za-z0-9_.+-]+");

  private final String text;
  private int pos;

  LiteralParser(String text) {
    this.text = text;
  }

  /**
   * Checks that {@code text} is exactly one CQL literal of a table option (a quoted string, a number, a boolean or
   * bare word, or a map, list or set of those), so that it cannot carry further CQL into a statement.
   *
   * @param text the literal
   * @return the literal
   * @throws IllegalArgumentException if it is not one literal; the message says where it stops being one
   */
  public static String requireLiteral(String text) {
    new LiteralParser(text).parse();
    return text;
  }

  /** Parses the whole text as one literal. */
  Object parse() {
    Object value = value();
    skipSpaces();
    if (pos != text.length()) {
      throw error("unexpected '" + text.charAt(pos) + "'");
    }
    return value;
  }

  private Object value() {
    skipSpaces();
    if (pos >= text.length()) {
      throw error("missing value");
    }
    char c = text.charAt(pos);
    if (c == '\'') {
      return string();
    }
    if (c == '{') {
      return mapOrSet();
    }
    if (c == '[') {
      return list();
    }
    int start = pos;
    while (pos < text.length() && ",:}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected '" + c + "'");
    }
    String word = text.substring(start, pos);
    if (!BARE_WORD.matcher(word).matches()) {
      pos = start;
      throw error("a bare word is a number, a boolean or letters, digits and _ . + -; quote text as 'text'");
    }
    return word;
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\'') {
        if (pos < text.length() && text.charAt(pos) == '\'') {
          out.append('\'');
          pos++;
        } else {
          return out.toString();
        }
      } else {
        out.append(c);
      }
    }
    throw error("unterminated string");
  }

  private Object mapOrSet() {
    pos++;
    skipSpaces();
    Map<String, Object> map = new LinkedHashMap<>();
    List<Object> set = new ArrayList<>();
    if (peek('}')) {
      pos++;
      return map;
    }
    boolean isMap = false;
    boolean first = true;
    while (true) {
      Object key = value();
      skipSpaces();
      if (first) {
        isMap = peek(':');
        first = false;
      }
      if (isMap) {
        expect(':');
        map.put(String.valueOf(key), value());
      } else {
        set.add(key);
      }
      skipSpaces();
      if (peek('}')) {
        pos++;
        return isMap ? map : set;
      }
      expect(',');
    }
  }

  private List<Object> list() {
    pos++;
    List<Object> list = new ArrayList<>();
    skipSpaces();
    if (peek(']')) {
      pos++;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpaces();
      if (peek(']')) {
        pos++;
        return list;
      }
      expect(',');
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    skipSpaces();
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(
        "cannot parse CQL literal " + text + " at position " + pos + ": " + problem);
  }
}
