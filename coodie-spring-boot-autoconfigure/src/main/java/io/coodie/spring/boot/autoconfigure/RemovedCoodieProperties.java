package io.coodie.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;

/**
 * The {@code coodie.*} keys of earlier versions that Spring Boot's own Cassandra support now covers, with their
 * {@code spring.cassandra.*} replacements. coodie is before 1.0 and keeps no aliases: a removed key that is still set
 * fails start-up ({@link RemovedCoodiePropertiesException}) naming where it is set and what to use instead, rather
 * than being silently ignored.
 */
public final class RemovedCoodieProperties {

  private static final String DRIVER_FILE = "spring.cassandra.config (a driver configuration file such as"
      + " classpath:cassandra.conf holding datastax-java-driver { ... }) or a DriverConfigLoaderBuilderCustomizer bean";

  /** Removed key (or prefix) to replacement, most specific first. */
  private static final Map<String, String> REPLACEMENTS = new LinkedHashMap<>();

  static {
    REPLACEMENTS.put("coodie.contact-points", "spring.cassandra.contact-points");
    REPLACEMENTS.put("coodie.port", "spring.cassandra.port");
    REPLACEMENTS.put("coodie.local-datacenter", "spring.cassandra.local-datacenter");
    REPLACEMENTS.put("coodie.username", "spring.cassandra.username");
    REPLACEMENTS.put("coodie.password", "spring.cassandra.password");
    REPLACEMENTS.put("coodie.keyspace.name", "spring.cassandra.keyspace-name");
    REPLACEMENTS.put("coodie.ssl.enabled", "spring.cassandra.ssl.enabled");
    REPLACEMENTS.put("coodie.ssl.bundle", "spring.cassandra.ssl.bundle");
    REPLACEMENTS.put("coodie.ssl.hostname-validation", "spring.cassandra.ssl.verify-hostname");
    REPLACEMENTS.put("coodie.ssl", "spring.cassandra.ssl.*");
    REPLACEMENTS.put("coodie.request.timeout", "spring.cassandra.request.timeout");
    REPLACEMENTS.put("coodie.request.consistency", "spring.cassandra.request.consistency");
    REPLACEMENTS.put("coodie.request.serial-consistency", "spring.cassandra.request.serial-consistency");
    REPLACEMENTS.put("coodie.request.page-size", "spring.cassandra.request.page-size");
    REPLACEMENTS.put("coodie.request", "spring.cassandra.request.*");
    REPLACEMENTS.put("coodie.driver.basic.session-name", "spring.cassandra.session-name");
    REPLACEMENTS.put("coodie.driver.basic.request.timeout", "spring.cassandra.request.timeout");
    REPLACEMENTS.put("coodie.driver.basic.request.consistency", "spring.cassandra.request.consistency");
    REPLACEMENTS.put("coodie.driver.basic.request.serial-consistency", "spring.cassandra.request.serial-consistency");
    REPLACEMENTS.put("coodie.driver.basic.request.page-size", "spring.cassandra.request.page-size");
    REPLACEMENTS.put("coodie.driver.basic.load-balancing-policy.local-datacenter", "spring.cassandra.local-datacenter");
    REPLACEMENTS.put("coodie.driver.basic.contact-points", "spring.cassandra.contact-points");
    REPLACEMENTS.put("coodie.driver.advanced.connection.connect-timeout", "spring.cassandra.connection.connect-timeout");
    REPLACEMENTS.put("coodie.driver.advanced.connection.init-query-timeout",
        "spring.cassandra.connection.init-query-timeout");
    REPLACEMENTS.put("coodie.driver.advanced.control-connection.timeout", "spring.cassandra.controlconnection.timeout");
    REPLACEMENTS.put("coodie.driver.advanced.heartbeat.interval", "spring.cassandra.pool.heartbeat-interval");
    REPLACEMENTS.put("coodie.driver", DRIVER_FILE);
  }

  private RemovedCoodieProperties() {}

  /** A removed key that is set: its name, where it is set (if known) and its replacement. */
  public record Use(String key, @Nullable Origin origin, String replacement) {

    @Override
    public String toString() {
      return this.key + (this.origin == null ? "" : " (" + this.origin + ")") + " -> " + this.replacement;
    }
  }

  /** The replacement of a removed key, or {@code null} if the key was not removed. */
  public static @Nullable String replacementOf(String key) {
    ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
    for (Map.Entry<String, String> entry : REPLACEMENTS.entrySet()) {
      ConfigurationPropertyName removed = ConfigurationPropertyName.of(entry.getKey());
      if (removed.equals(name) || removed.isAncestorOf(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** Every removed key set in the environment, in the order of its property sources. */
  public static List<Use> find(Environment environment) {
    Map<ConfigurationPropertyName, Use> found = new LinkedHashMap<>();
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (source instanceof IterableConfigurationPropertySource iterable) {
        iterable.stream().forEach((name) -> {
          String replacement = replacementOf(name.toString());
          if (replacement != null && !found.containsKey(name)) {
            ConfigurationProperty property = iterable.getConfigurationProperty(name);
            found.put(name, new Use(name.toString(), property == null ? null : property.getOrigin(), replacement));
          }
        });
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * Fails when a removed key is set.
   *
   * @throws RemovedCoodiePropertiesException naming every removed key that is set, and its replacement
   */
  public static void check(Environment environment) {
    List<Use> uses = find(environment);
    if (!uses.isEmpty()) {
      throw new RemovedCoodiePropertiesException(uses);
    }
  }
}
