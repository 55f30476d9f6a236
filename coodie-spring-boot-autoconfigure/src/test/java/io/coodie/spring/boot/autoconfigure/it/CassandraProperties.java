package io.coodie.spring.boot.autoconfigure.it;

import io.coodie.test.SharedCassandra;
import io.coodie.test.TestCassandra;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@code coodie.*} properties connecting to coodie-test's shared node, with the test driver settings. */
public final class CassandraProperties {

  private CassandraProperties() {}

  /** The properties, with a keyspace created at start-up and the given schema action. */
  public static Map<String, String> of(String keyspace, String schemaAction) {
    TestCassandra cassandra = SharedCassandra.get();
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("coodie.contact-points", cassandra.contactPoints().stream()
        .map((address) -> address.getHostString() + ":" + address.getPort()).collect(Collectors.joining(",")));
    properties.put("coodie.local-datacenter", cassandra.localDatacenter());
    properties.put("coodie.keyspace.name", keyspace);
    properties.put("coodie.keyspace.create", "true");
    properties.put("coodie.schema.action", schemaAction);
    properties.put("coodie.driver.advanced.metadata.schema.debouncer.window", "1ms");
    properties.put("coodie.driver.basic.request.timeout", "30s");
    properties.put("coodie.driver.advanced.control-connection.schema-agreement.timeout", "30s");
    // closing a session otherwise waits out netty's 2 s quiet period
    properties.put("coodie.driver.advanced.netty.io-group.shutdown.quiet-period", "0");
    properties.put("coodie.driver.advanced.netty.admin-group.shutdown.quiet-period", "0");
    return properties;
  }

  /** The same, as {@code key=value} strings for {@code withPropertyValues} and {@code properties(...)}. */
  public static String[] pairs(String keyspace, String schemaAction) {
    return of(keyspace, schemaAction).entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }
}
