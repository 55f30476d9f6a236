package io.coodie.core.internal.mapping;

/** Default CQL names derived from Java names, and checks of schema object names. */
final class Naming {

  /** Cassandra's limit on keyspace and table names (and the one coodie applies to type names). */
  static final int MAX_SCHEMA_NAME_LENGTH = 48;

  private static final java.util.regex.Pattern SCHEMA_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_]+");

  private Naming() {}

  /**
   * Checks a keyspace, table, type or index name: Cassandra accepts only letters, digits and underscores (even
   * quoted), at most {@value #MAX_SCHEMA_NAME_LENGTH} characters for keyspaces, tables and types.
   *
   * @throws io.coodie.core.api.MappingException naming the class, the kind of name and what to do
   */
  static String schemaName(Class<?> owner, String kind, String name, boolean limitLength) {
    if (!SCHEMA_NAME.matcher(name).matches()) {
      throw new io.coodie.core.api.MappingException(owner.getName() + ": invalid " + kind + " name '" + name
          + "': Cassandra accepts only letters, digits and underscores; set a valid name in the annotation");
    }
    if (limitLength && name.length() > MAX_SCHEMA_NAME_LENGTH) {
      throw new io.coodie.core.api.MappingException(owner.getName() + ": " + kind + " name '" + name + "' is "
          + name.length() + " characters long; Cassandra allows at most " + MAX_SCHEMA_NAME_LENGTH
          + ". Set a shorter name in the annotation");
    }
    return name;
  }

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
