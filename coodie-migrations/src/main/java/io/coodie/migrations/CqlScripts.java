package io.coodie.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Splits CQL scripts into statements and computes their checksums.
 *
 * <p>Statements end at a semicolon outside of string literals ({@code '...'} with {@code ''} escapes), quoted
 * identifiers ({@code "..."}), dollar-quoted blocks ({@code $$ ... $$}, as function bodies use) and comments
 * ({@code -- ...}, {@code // ...} to the end of the line, {@code /* ... *}{@code /}). Comments are removed from the
 * statements (a comment inside a literal or block is text and kept); a statement that is only whitespace is dropped,
 * and the last one needs no semicolon. An unterminated literal, identifier, block or comment is an error naming the
 * line it starts on.
 */
public final class CqlScripts {

  private CqlScripts() {}

  /**
   * Splits a script into statements, without comments and surrounding whitespace, and without the final semicolon.
   *
   * @param script the script text
   * @return the statements, in order
   * @throws IllegalArgumentException if a literal, quoted identifier, {@code $$} block or comment is not closed
   */
  public static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int n = script.length();
    int line = 1;
    int i = 0;
    while (i < n) {
      char c = script.charAt(i);
      char next = i + 1 < n ? script.charAt(i + 1) : '\0';
      if (c == '\'' || c == '"') {
        int start = line;
        int j = i + 1;
        while (true) {
          if (j >= n) {
            throw unterminated(c == '\'' ? "string literal" : "quoted identifier", start);
          }
          char d = script.charAt(j);
          if (d == '\n') {
            line++;
          }
          if (d == c) {
            if (j + 1 < n && script.charAt(j + 1) == c) {
              j += 2; // doubled quote: an escaped quote
              continue;
            }
            break;
          }
          j++;
        }
        current.append(script, i, j + 1);
        i = j + 1;
      } else if (c == '$' && next == '$') {
        int end = script.indexOf("$$", i + 2);
        if (end < 0) {
          throw unterminated("$$ block", line);
        }
        line += count(script, i, end, '\n');
        current.append(script, i, end + 2);
        i = end + 2;
      } else if ((c == '-' && next == '-') || (c == '/' && next == '/')) {
        int end = script.indexOf('\n', i);
        i = end < 0 ? n : end; // the newline itself is kept as whitespace
        current.append(' ');
      } else if (c == '/' && next == '*') {
        int end = script.indexOf("*/", i + 2);
        if (end < 0) {
          throw unterminated("/* comment", line);
        }
        line += count(script, i, end, '\n');
        current.append(' ');
        i = end + 2;
      } else if (c == ';') {
        add(statements, current);
        i++;
      } else {
        if (c == '\n') {
          line++;
        }
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  /**
   * The CRC32 checksum of a script, normalised so that line endings ({@code \r\n}, {@code \r}), a byte-order mark
   * and whitespace at the end of lines or of the file do not count; any other change (including comments) does.
   *
   * @param script the script text
   * @return the checksum, as a signed int (what the history table stores)
   */
  public static int checksum(String script) {
    CRC32 crc = new CRC32();
    crc.update(normalise(script).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  /**
   * The normalised form the checksum is computed over.
   *
   * @param script the script text
   * @return the text without a byte-order mark, with {@code \n} line endings and no trailing whitespace per line
   */
  static String normalise(String script) {
    String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString().strip();
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }

  private static int count(String text, int from, int to, char c) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == c) {
        count++;
      }
    }
    return count;
  }

  private static IllegalArgumentException unterminated(String what, int line) {
    return new IllegalArgumentException("unterminated " + what + " starting on line " + line);
  }
}
