package io.coodie.spring.boot.autoconfigure.security;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.test.EmbeddedCassandra;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Embedded nodes with authentication or client TLS, and the self-signed certificates TLS needs. */
final class SecuredNodes {

  static final String PASSWORD = "s3cr3t-Pa55";

  private SecuredNodes() {}

  /** The role the tests log in with. */
  static final String USERNAME = "app";

  /** A node with PasswordAuthenticator and a login role {@link #USERNAME} / {@link #PASSWORD}. */
  static EmbeddedCassandra withPasswordAuthentication(Path workRoot) throws InterruptedException {
    EmbeddedCassandra node = EmbeddedCassandra.builder().workRoot(workRoot)
        .yaml("authenticator", "PasswordAuthenticator")
        .yaml("authorizer", "CassandraAuthorizer")
        // a single node: no peers to wait for before creating the default superuser
        .jvmOption("-Dcassandra.superuser_setup_delay_ms=0")
        .start();
    try (CqlSession session = awaitLogin(node, "cassandra", "cassandra")) {
      session.execute("CREATE ROLE " + USERNAME + " WITH PASSWORD = '" + PASSWORD + "' AND LOGIN = true"
          + " AND SUPERUSER = true");
    }
    return node;
  }

  private static CqlSession awaitLogin(EmbeddedCassandra node, String user, String password)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        return node.sessionBuilder().withAuthCredentials(user, password).build();
      } catch (RuntimeException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(250);
      }
    }
  }

  /**
   * A PKCS12 key store with a self-signed certificate, and a trust store holding that certificate (its own CA).
   *
   * @param keyStore the node's key store
   * @param trustStore the client's trust store
   * @param password the password of both
   */
  record Certificates(Path keyStore, Path trustStore, String password) {

    /** A certificate for this machine as the driver names it: CN=localhost, SAN IP:127.0.0.1 and DNS:localhost. */
    static Certificates generate(Path dir) throws IOException, InterruptedException {
      return generate(dir, "node", "CN=localhost", "SAN=IP:127.0.0.1,DNS:localhost");
    }

    /**
     * A certificate with the given subject and {@code -ext} subject alternative names, in files named after
     * {@code name}.
     */
    static Certificates generate(Path dir, String name, String dname, String san)
        throws IOException, InterruptedException {
      Path keyStore = dir.resolve(name + ".p12");
      Path certificate = dir.resolve(name + ".crt");
      Path trustStore = dir.resolve(name + "-trust.p12");
      String password = "changeit";
      keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
          "-dname", dname, "-ext", san, "-storetype", "PKCS12",
          "-keystore", keyStore.toString(), "-storepass", password, "-keypass", password);
      keytool("-exportcert", "-alias", name, "-keystore", keyStore.toString(), "-storepass", password,
          "-rfc", "-file", certificate.toString());
      keytool("-importcert", "-noprompt", "-alias", name, "-file", certificate.toString(), "-storetype", "PKCS12",
          "-keystore", trustStore.toString(), "-storepass", password);
      return new Certificates(keyStore, trustStore, password);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
      List<String> command = new java.util.ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
      }
    }
  }

  /** A node that accepts CQL over TLS only. */
  static EmbeddedCassandra withClientEncryption(Path workRoot, Certificates certificates) {
    return EmbeddedCassandra.builder().workRoot(workRoot)
        .yaml("client_encryption_options", "\n  enabled: true\n  optional: false\n  keystore: "
            + certificates.keyStore() + "\n  keystore_password: " + certificates.password()
            + "\n  store_type: PKCS12")
        .start();
  }

  /** The properties of a Spring Boot SSL bundle {@code cassandra} that trusts the given certificates. */
  static String[] trustingBundle(Certificates certificates) {
    return new String[] {"spring.ssl.bundle.jks.cassandra.truststore.location=file:" + certificates.trustStore(),
        "spring.ssl.bundle.jks.cassandra.truststore.password=" + certificates.password(),
        "spring.ssl.bundle.jks.cassandra.truststore.type=PKCS12"};
  }

  /** Every throwable of the chain of {@code failure}: causes, suppressed ones, and each node's errors. */
  static List<Throwable> chain(Throwable failure) {
    List<Throwable> all = new java.util.ArrayList<>();
    java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>(List.of(failure));
    while (!todo.isEmpty()) {
      Throwable next = todo.pop();
      if (all.stream().anyMatch((seen) -> seen == next)) {
        continue;
      }
      all.add(next);
      if (next.getCause() != null) {
        todo.add(next.getCause());
      }
      todo.addAll(List.of(next.getSuppressed()));
      if (next instanceof com.datastax.oss.driver.api.core.AllNodesFailedException nodes) {
        nodes.getAllErrors().values().forEach(todo::addAll);
      }
    }
    return all;
  }

  static String contactPoint(EmbeddedCassandra node) {
    InetSocketAddress address = node.node(0).contactPoint();
    return address.getHostString() + ":" + address.getPort();
  }

}
