package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The configuration processor's metadata, which IDEs read to complete {@code coodie.*} keys. */
class ConfigurationMetadataTests {

  @Test
  void describesTheCoodieProperties() throws IOException {
    String metadata = coodieMetadata();
    assertThat(metadata).contains("\"name\": \"coodie.keyspace.create\"", "\"name\": \"coodie.contact-points\"",
        "\"name\": \"coodie.driver\"", "\"name\": \"coodie.ssl.bundle\"", "\"name\": \"coodie.request.page-size\"",
        "\"name\": \"coodie.schema.dry-run\"", "\"name\": \"coodie.keyspace.replication.datacenters\"");
    assertThat(metadata).contains("Whether to create the keyspace (CREATE KEYSPACE IF NOT EXISTS)");
    assertThat(metadata).containsPattern("\"name\": \"coodie.schema.action\",[^}]*\"defaultValue\": \"none\"");
    assertThat(metadata).containsPattern("\"name\": \"coodie.port\",[^}]*\"defaultValue\": 9042");
  }

  @Test
  void describesHostnameValidationOnByDefault() throws IOException {
    assertThat(coodieMetadata()).containsPattern(
        "\"name\": \"coodie.ssl.hostname-validation\",[^}]*\"description\": \"Whether to check that the server's"
            + " certificate was issued to the host name connected to[^}]*\"defaultValue\": true");
  }

  @Test
  void describesTheRepositoriesSwitch() throws IOException {
    assertThat(coodieMetadata()).containsPattern(
        "\"name\": \"coodie.repositories.enabled\",[^}]*\"defaultValue\": true");
  }

  @Test
  void describesTheMetricsSwitch() throws IOException {
    assertThat(coodieMetadata()).containsPattern("\"name\": \"coodie.metrics.enabled\",[^}]*\"defaultValue\": true");
  }

  private static String coodieMetadata() throws IOException {
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
