package io.coodie.spring.boot.autoconfigure.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.test.EmbeddedCassandra;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import io.coodie.test.spring.TestDriverConfigCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The starter against a node with PasswordAuthenticator: credentials from properties, and never logged. */
@ExtendWith(OutputCaptureExtension.class)
class PasswordAuthenticationIT {

  @TempDir
  static Path workRoot;
  static EmbeddedCassandra node;

  @BeforeAll
  static void start() throws InterruptedException {
    node = SecuredNodes.withPasswordAuthentication(workRoot);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private ApplicationContextRunner runner(String username, String password) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CassandraAutoConfiguration.class, CoodieAutoConfiguration.class))
        .withBean(TestDriverConfigCustomizer.class, TestDriverConfigCustomizer::new)
        .withPropertyValues("spring.cassandra.contact-points=" + SecuredNodes.contactPoint(node),
            "spring.cassandra.local-datacenter=" + node.localDatacenter(), "spring.cassandra.username=" + username,
            "spring.cassandra.password=" + password);
  }

  @Test
  void connectsWithTheConfiguredCredentials(CapturedOutput output) {
    runner(SecuredNodes.USERNAME, SecuredNodes.PASSWORD).run(context -> {
      CqlSession session = context.getBean(CqlSession.class);
      assertThat(session.execute("SELECT role FROM system_auth.roles WHERE role = 'app'").one().getString(0))
          .isEqualTo(SecuredNodes.USERNAME);
    });
    assertThat(output.getAll()).doesNotContain(SecuredNodes.PASSWORD);
  }

  @Test
  void wrongCredentialsFailWithAClearMessageAndThePasswordIsNotLogged(CapturedOutput output) {
    String wrong = "not-the-password-42";
    runner(SecuredNodes.USERNAME, wrong).run(context -> {
      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> context.getBean(CqlSession.class));
      assertThat(failure).isNotNull();
      assertThat(stackMessages(failure)).contains("Provided username app and/or password are incorrect");
      assertThat(stackMessages(failure)).doesNotContain(wrong);
    });
    assertThat(output.getAll()).doesNotContain(wrong).doesNotContain(SecuredNodes.PASSWORD);
  }

  private static String stackMessages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        all.append(s).append('\n');
      }
    }
    return all.toString();
  }
}
