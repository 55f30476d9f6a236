package io.coodie.spring.boot.autoconfigure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.test.EmbeddedCassandra;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.coodie.test.spring.TestDriverConfigCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
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
        .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, CassandraAutoConfiguration.class,
            CoodieAutoConfiguration.class))
        .withBean(TestDriverConfigCustomizer.class, TestDriverConfigCustomizer::new)
        .withPropertyValues("spring.cassandra.contact-points=" + SecuredNodes.contactPoint(node),
            "spring.cassandra.local-datacenter=" + node.localDatacenter());
  }

  /** The node's certificate names 127.0.0.1 and localhost: accepted with host name validation (the default). */
  @Test
  void connectsOverTlsWithAnSslBundle() {
    runner().withPropertyValues("spring.cassandra.ssl.enabled=true", "spring.cassandra.ssl.bundle=cassandra")
        .withPropertyValues(SecuredNodes.trustingBundle(certificates)).run(context -> {
          CqlSession session = context.getBean(CqlSession.class);
          assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0))
              .isEqualTo(EmbeddedCassandra.DEFAULT_VERSION);
        });
  }

  @Test
  void refusesAServerCertificateOfAnUntrustedCa() throws Exception {
    SecuredNodes.Certificates other = SecuredNodes.Certificates.generate(workRoot, "other-ca", "CN=localhost",
        "SAN=IP:127.0.0.1,DNS:localhost");
    runner().withPropertyValues("spring.cassandra.ssl.enabled=true", "spring.cassandra.ssl.bundle=cassandra")
        .withPropertyValues(SecuredNodes.trustingBundle(other)).run(context -> {
          Throwable failure = catchThrowable(() -> context.getBean(CqlSession.class));
          assertThat(failure).as("connecting to a node whose certificate is not trusted").isNotNull();
          assertThat(SecuredNodes.chain(failure)).anySatisfy((cause) -> assertThat(cause)
              .isInstanceOf(SSLHandshakeException.class).hasMessageStartingWith("PKIX path"));
        });
  }

  /** Plain text to a node that requires TLS: the session cannot connect to it, and says so for its address. */
  @Test
  void withoutTlsTheNodeRefusesTheConnection() {
    runner().run(context -> {
      Throwable failure = catchThrowable(() -> context.getBean(CqlSession.class));
      assertThat(failure).as("connecting in plain text to a node that requires TLS").isNotNull();
      assertThat(SecuredNodes.chain(failure)).anySatisfy((cause) -> assertThat(cause)
          .isInstanceOf(AllNodesFailedException.class).hasMessageContaining(SecuredNodes.contactPoint(node)))
          .noneSatisfy((cause) -> assertThat(cause).isInstanceOf(SSLHandshakeException.class));
    });
  }
}
