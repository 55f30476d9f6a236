package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configuration metadata IDEs read to complete and explain the keys coodie reads. */
class ConfigurationMetadataTests {

  /** Every key coodie reads, and its default ({@code -} for none). */
  @ParameterizedTest
  @CsvSource({ "coodie.keyspace.create, false", "coodie.keyspace.durable-writes, true",
      "coodie.keyspace.replication.strategy, \"simple\"", "coodie.keyspace.replication.factor, 1",
      "coodie.keyspace.replication.datacenters, -", "coodie.schema.action, \"none\"", "coodie.schema.dry-run, false",
      "coodie.schema.base-packages, -", "coodie.repositories.enabled, true", "coodie.metrics.enabled, true",
      "management.health.coodie.enabled, true" })
  void describesEveryKeyWithItsDefault(String key, String defaultValue) throws IOException {
    String property = property(key);
    assertThat(property).containsPattern("\"description\": \"[A-Z][^\"]{20,}");
    if (defaultValue.equals("-")) {
      assertThat(property).doesNotContain("\"defaultValue\"");
    } else {
      assertThat(property).contains("\"defaultValue\": " + defaultValue);
    }
  }

  @Test
  void namesOnlyTheKeysCoodieReadsAndTheRemovedOnes() throws IOException {
    List<String> live = new ArrayList<>();
    Matcher matcher = Pattern.compile("\\{\\s*\"name\": \"([^\"]+)\"[^{}]*?\"type\"").matcher(propertiesSection());
    while (matcher.find()) {
      if (!property(matcher.group(1)).contains("\"deprecation\"")) {
        live.add(matcher.group(1));
      }
    }
    assertThat(live).containsExactlyInAnyOrder("coodie.keyspace.create", "coodie.keyspace.durable-writes",
        "coodie.keyspace.replication.strategy", "coodie.keyspace.replication.factor",
        "coodie.keyspace.replication.datacenters", "coodie.schema.action", "coodie.schema.dry-run",
        "coodie.schema.base-packages", "coodie.repositories.enabled", "coodie.metrics.enabled",
        "management.health.coodie.enabled", "coodie.migrations.baseline", "coodie.migrations.dry-run",
        "coodie.migrations.enabled", "coodie.migrations.history-table", "coodie.migrations.keyspace",
        "coodie.migrations.lease-ttl", "coodie.migrations.lease-wait", "coodie.migrations.locations",
        "coodie.migrations.repair", "coodie.migrations.target");
  }

  @Test
  void hintsTheValuesOfEachEnum() throws IOException {
    String metadata = metadata();
    assertThat(hintValues(metadata, "coodie.schema.action"))
        .containsExactly("none", "validate", "create", "update", "recreate");
    assertThat(hintValues(metadata, "coodie.keyspace.replication.strategy")).containsExactly("simple",
        "network-topology");
  }

  @ParameterizedTest
  @CsvSource({ "coodie.contact-points, spring.cassandra.contact-points",
      "coodie.ssl.hostname-validation, spring.cassandra.ssl.verify-hostname",
      "coodie.keyspace.name, spring.cassandra.keyspace-name", "coodie.driver, spring.cassandra.config" })
  void marksRemovedKeysAsErrorsWithTheirReplacement(String key, String replacement) throws IOException {
    assertThat(property(key)).containsPattern("\"level\": \"error\"")
        .contains("\"replacement\": \"" + replacement + "\"");
  }

  private static List<String> hintValues(String metadata, String name) {
    int start = metadata.indexOf("\"name\": \"" + name + "\"", metadata.indexOf("\"hints\""));
    assertThat(start).as("hint of %s", name).isPositive();
    String hint = metadata.substring(start, metadata.indexOf(']', start));
    List<String> values = new ArrayList<>();
    Matcher matcher = Pattern.compile("\"value\": \"([^\"]+)\"").matcher(hint);
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }

  private static String property(String key) throws IOException {
    String properties = propertiesSection();
    int at = properties.indexOf("\"name\": \"" + key + "\"");
    assertThat(at).as("metadata of %s", key).isPositive();
    int end = properties.indexOf("\n    }", at);
    return properties.substring(at, end);
  }

  private static String propertiesSection() throws IOException {
    String metadata = metadata();
    return metadata.substring(metadata.indexOf("\"properties\""), metadata.indexOf("\"hints\""));
  }

  private static String metadata() throws IOException {
    for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.contains(CoodieProperties.class.getName())) {
          return text;
        }
      }
    }
    throw new AssertionError("no META-INF/spring-configuration-metadata.json describes " + CoodieProperties.class);
  }
}
