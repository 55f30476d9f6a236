package io.coodie.spring.boot.autoconfigure.it;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties of an IT's keyspace. The connection to coodie-test's shared node needs none: every Spring test
 * context gets it from coodie-test ({@code EmbeddedCassandraContextCustomizerFactory}), and an
 * {@code ApplicationContextRunner} from {@code EmbeddedCassandraConfiguration}.
 */
public final class CassandraProperties {

  private CassandraProperties() {}

  /** The properties, with a keyspace created at start-up and the given schema action. */
  public static Map<String, String> of(String keyspace, String schemaAction) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.cassandra.keyspace-name", keyspace);
    properties.put("coodie.keyspace.create", "true");
    properties.put("coodie.schema.action", schemaAction);
    return properties;
  }

  /** The same, as {@code key=value} strings for {@code withPropertyValues} and {@code properties(...)}. */
  public static String[] pairs(String keyspace, String schemaAction) {
    return of(keyspace, schemaAction).entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }
}
