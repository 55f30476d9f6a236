package io.coodie.spring.boot.autoconfigure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.test.EmbeddedCassandra;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** TLS through a Spring Boot SSL bundle, against a node that requires client encryption. */
class ClientEncryptionIT {

  @TempDir
  static Path workRoot;
  static SecuredNodes.Certificates certificates;
  static EmbeddedCassandra node;

  @BeforeAll
  static void start() throws Exception {
    certificates = SecuredNodes.Certificates.generate(workRoot);
    node = SecuredNodes.withClientEncryption(workRoot, certificates);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, CoodieAutoConfiguration.class))
        .withPropertyValues("coodie.contact-points=" + SecuredNodes.contactPoint(node),
            "coodie.local-datacenter=" + node.localDatacenter(), "coodie.request.timeout=30s",
            "coodie.driver.advanced.netty.io-group.shutdown.quiet-period=0",
            "coodie.driver.advanced.netty.admin-group.shutdown.quiet-period=0");
  }

  @Test
  void connectsOverTlsWithAnSslBundle() {
    runner().withPropertyValues("coodie.ssl.enabled=true", "coodie.ssl.bundle=cassandra",
        "spring.ssl.bundle.jks.cassandra.truststore.location=file:" + certificates.trustStore(),
        "spring.ssl.bundle.jks.cassandra.truststore.password=" + certificates.password(),
        "spring.ssl.bundle.jks.cassandra.truststore.type=PKCS12").run(context -> {
          CqlSession session = context.getBean(CqlSession.class);
          assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0))
              .isEqualTo(EmbeddedCassandra.DEFAULT_VERSION);
        });
  }

  @Test
  void withoutTlsTheNodeRefusesTheConnection() {
    runner().run(context -> assertThat(catchThrowable(() -> context.getBean(CqlSession.class))).isNotNull());
  }
}
