package io.coodie.spring.boot.autoconfigure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.test.EmbeddedCassandra;
import java.nio.file.Path;
import java.security.cert.CertificateException;
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

/**
 * Host name validation of TLS connections (spring.cassandra.ssl.verify-hostname, on by default): a node whose certificate comes from the
 * trusted CA but was issued to another host is refused unless validation is turned off.
 */
class HostnameValidationIT {

  @TempDir
  static Path workRoot;
  static SecuredNodes.Certificates certificates;
  static EmbeddedCassandra node;

  @BeforeAll
  static void start() throws Exception {
    certificates = SecuredNodes.Certificates.generate(workRoot, "elsewhere", "CN=db.elsewhere.example",
        "SAN=DNS:db.elsewhere.example");
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
            "spring.cassandra.local-datacenter=" + node.localDatacenter(),
            "spring.cassandra.ssl.enabled=true", "spring.cassandra.ssl.bundle=cassandra")
        .withPropertyValues(SecuredNodes.trustingBundle(certificates));
  }

  @Test
  void refusesACertificateIssuedToAnotherHostByDefault() {
    runner().run(context -> {
      Throwable failure = catchThrowable(() -> context.getBean(CqlSession.class));
      assertThat(failure).as("connecting to a node whose certificate names another host").isNotNull();
      assertThat(SecuredNodes.chain(failure)).anySatisfy((cause) -> assertThat(cause)
          .isInstanceOf(SSLHandshakeException.class).hasMessageContaining("No subject alternative DNS name"));
      assertThat(SecuredNodes.chain(failure)).anySatisfy((cause) -> assertThat(cause)
          .isInstanceOf(CertificateException.class)
          .hasMessage("No subject alternative DNS name matching localhost found."));
    });
  }

  @Test
  void acceptsItWhenHostnameValidationIsTurnedOff() {
    runner().withPropertyValues("spring.cassandra.ssl.verify-hostname=false").run(context -> {
      CqlSession session = context.getBean(CqlSession.class);
      assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0))
          .isEqualTo(EmbeddedCassandra.DEFAULT_VERSION);
    });
  }
}
