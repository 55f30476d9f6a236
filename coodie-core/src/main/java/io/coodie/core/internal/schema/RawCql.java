package io.coodie.core.internal.schema;

/**
 * A CQL literal handed to the driver's {@code SchemaBuilder} as an option value. The builder quotes
 * {@code String} values without escaping and renders {@code Map}s itself; any other object is
 * rendered with {@code toString()}, which here is the literal verbatim. Entity options are already
 * CQL literals ({@code 3600}, {@code 'it''s'}, {@code {'class': 'LeveledCompactionStrategy'}}), so
 * this keeps them exactly as declared.
 *
 * @param cql the literal
 */
record RawCql(String cql) {

  /** A CQL string literal, with embedded quotes doubled: {@code it's -> 'it''s'}. */
  static RawCql quoted(String text) {
    return new RawCql("'" + text.replace("'", "''") + "'");
  }

  @Override
  public String toString() {
    return cql;
  }
}
