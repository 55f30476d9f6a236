package io.coodie.core.internal.mapping;

/** Default CQL names derived from Java names. */
final class Naming {

  private Naming() {}

  /**
   * The snake_case form of a Java name: {@code createdAt -> created_at}, {@code OrderItem ->
   * order_item}, {@code userID -> user_id}, {@code HTTPServer -> http_server}.
   */
  static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    int length = javaName.length();
    for (int i = 0; i < length; i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && startsWord(javaName, i)) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean startsWord(String name, int i) {
    char previous = name.charAt(i - 1);
    if (previous == '_') {
      return false;
    }
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    return i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
  }
}
