package io.coodie.spring.boot.autoconfigure.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.InvalidKeyspaceException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.metadata.EndPoint;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.internal.core.metadata.DefaultEndPoint;
import io.coodie.test.support.OfflineSession;
import io.coodie.spring.boot.autoconfigure.RemovedCoodieProperties;
import io.coodie.spring.boot.autoconfigure.RemovedCoodiePropertiesException;
import io.coodie.spring.boot.autoconfigure.UnknownDatacenterException;
import io.coodie.spring.boot.autoconfigure.badrepository.OrRepository;
import io.coodie.spring.data.repository.config.EnableCoodieRepositories;
import io.coodie.spring.data.repository.support.InvalidRepositoryMethodException;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.env.MockEnvironment;

/**
 * The texts of coodie's failure analyzers, on the exceptions they explain; that none answers for a failure that is
 * not its own; and, through a real {@code SpringApplication} without Cassandra, that the analysis is what start-up
 * prints.
 */
@ExtendWith(OutputCaptureExtension.class)
class CoodieFailureAnalyzersTests {

  private final MockEnvironment environment = new MockEnvironment()
      .withProperty("spring.cassandra.contact-points", "db1:9042,db2")
      .withProperty("spring.cassandra.local-datacenter", "dc1");

  private static Node node(String host, int port) {
    EndPoint endPoint = new DefaultEndPoint(InetSocketAddress.createUnresolved(host, port));
    return (Node) Proxy.newProxyInstance(Node.class.getClassLoader(), new Class<?>[] { Node.class },
        (proxy, method, args) -> switch (method.getName()) {
          case "getEndPoint" -> endPoint;
          case "toString" -> "Node(" + endPoint + ")";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> null;
        });
  }

  private static Node resolvedNode() {
    EndPoint endPoint = new DefaultEndPoint(new InetSocketAddress("127.0.0.1", 9042));
    return (Node) Proxy.newProxyInstance(Node.class.getClassLoader(), new Class<?>[] { Node.class },
        (proxy, method, args) -> switch (method.getName()) {
          case "getEndPoint" -> endPoint;
          case "toString" -> "Node(" + endPoint + ")";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> null;
        });
  }

  private static AllNodesFailedException unreachable() {
    Map<Node, Throwable> errors = new LinkedHashMap<>();
    errors.put(node("db1", 9042), new RuntimeException("connect failed",
        new ConnectException("Connection refused: db1/10.0.0.1:9042")));
    errors.put(node("db2", 9042), new ConnectException("Connection timed out"));
    return AllNodesFailedException.fromErrors(errors);
  }

  private static AllNodesFailedException refusedCredentials() {
    Node node = Node.class.cast(resolvedNode());
    return AllNodesFailedException.fromErrors(Map.of(node, new AuthenticationException(node.getEndPoint(),
        "server replied with 'Provided username app and/or password are incorrect' to AuthResponse request")));
  }

  private static BeanCreationException buried(Throwable cause) {
    return new BeanCreationException("coodie", "Error creating bean with name 'coodie'",
        new BeanCreationException("cassandraSession", "Failed to instantiate", cause));
  }

  @Test
  void unreachableContactPointsNameTheAddressesTriedAndTheKeys() {
    FailureAnalysis analysis = new CassandraUnreachableFailureAnalyzer(this.environment).analyze(buried(unreachable()));
    assertThat(analysis.getDescription()).isEqualTo("""
        coodie could not connect to Cassandra: no contact point could be reached.

        Tried:
            db1:9042: ConnectException: Connection refused: db1/10.0.0.1:9042
            db2:9042: ConnectException: Connection timed out

        Configuration:
          spring.cassandra.contact-points=db1:9042,db2
          spring.cassandra.port is not set (9042 applies to entries without a port)
          spring.cassandra.local-datacenter=dc1
          spring.cassandra.ssl.enabled is not set (plain connections)""");
    assertThat(analysis.getAction()).startsWith("Check that Cassandra is running and reachable from here at the"
        + " addresses tried. Set spring.cassandra.contact-points to your nodes (host:port, comma-separated; entries"
        + " without a port use spring.cassandra.port) and spring.cassandra.local-datacenter to their datacenter.")
        .contains("spring.cassandra.ssl.*", "CassandraConnectionDetails bean (@ServiceConnection");
  }

  @Test
  void unsetContactPointsSayWhatApplies() {
    FailureAnalysis analysis = new CassandraUnreachableFailureAnalyzer(new MockEnvironment()).analyze(unreachable());
    assertThat(analysis.getDescription()).contains(
        "spring.cassandra.contact-points is not set (Spring Boot's default 127.0.0.1:9042 applies)",
        "spring.cassandra.local-datacenter is not set (none given)");
  }

  @Test
  void noNodeAvailableForARequest() {
    FailureAnalysis analysis = new CassandraUnreachableFailureAnalyzer(this.environment)
        .analyze(new NoNodeAvailableException());
    assertThat(analysis.getDescription()).startsWith("coodie could not reach Cassandra: no node was available to run"
        + " a request (No node was available to execute the query).");
  }

  @Test
  void refusedCredentialsNameTheUserNeverThePassword() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.cassandra.username", "app")
        .withProperty("spring.cassandra.password", "s3cr3t-Pa55");
    FailureAnalysis analysis = new CassandraAuthenticationFailureAnalyzer(environment)
        .analyze(buried(refusedCredentials()));
    assertThat(analysis.getDescription()).isEqualTo("coodie could not log in to Cassandra at 127.0.0.1:9042:"
        + " Authentication error on node /127.0.0.1:9042: server replied with 'Provided username app and/or password are incorrect' to"
        + " AuthResponse request\n\nConfiguration:\n  spring.cassandra.username=app\n"
        + "  spring.cassandra.password is set (not shown)");
    assertThat(analysis.getAction()).startsWith("Set spring.cassandra.username and spring.cassandra.password to a"
        + " role that exists with LOGIN = true");
    assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("s3cr3t-Pa55");
  }

  @Test
  void credentialsThatWereNotGiven() {
    assertThat(new CassandraAuthenticationFailureAnalyzer(new MockEnvironment()).analyze(refusedCredentials())
        .getDescription()).endsWith("spring.cassandra.username is not set (no credentials are sent)\n"
            + "  spring.cassandra.password is not set");
  }

  @Test
  void missingKeyspace() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.cassandra.keyspace-name", "shop");
    FailureAnalysis analysis = new MissingKeyspaceFailureAnalyzer(environment)
        .analyze(buried(new InvalidKeyspaceException("Invalid keyspace shop")));
    assertThat(analysis.getDescription()).isEqualTo("The session could not bind to its keyspace: Invalid keyspace"
        + " shop.\n\nConfiguration:\n  spring.cassandra.keyspace-name=shop\n  coodie.keyspace.create=false");
    assertThat(analysis.getAction()).isEqualTo("Create the keyspace (CREATE KEYSPACE ... WITH replication = ...), or"
        + " set coodie.keyspace.create=true to have coodie create it at start-up with the replication of"
        + " coodie.keyspace.replication.*, or correct spring.cassandra.keyspace-name (unquoted names are lower case).");
  }

  @Test
  void unknownLocalDatacenter() {
    FailureAnalysis analysis = new UnknownDatacenterFailureAnalyzer().analyze(buried(new UnknownDatacenterException(
        UnknownDatacenterException.Source.LOCAL_DATACENTER, Set.of("dc9"), Set.of("datacenter1"),
        "The local datacenter 'dc9' (spring.cassandra.local-datacenter) has no node; the cluster's nodes are in"
            + " [datacenter1]")));
    assertThat(analysis.getDescription()).isEqualTo("The local datacenter 'dc9' (spring.cassandra.local-datacenter)"
        + " has no node; the cluster's nodes are in [datacenter1]");
    assertThat(analysis.getAction()).isEqualTo("Set spring.cassandra.local-datacenter to the datacenter of the"
        + " contact points, one of [datacenter1] (names are case-sensitive; SELECT data_center FROM system.local"
        + " shows a node's), or point spring.cassandra.contact-points at nodes of the intended datacenter.");
  }

  @Test
  void unknownReplicationDatacenter() {
    FailureAnalysis analysis = new UnknownDatacenterFailureAnalyzer().analyze(new UnknownDatacenterException(
        UnknownDatacenterException.Source.REPLICATION, Set.of("dc9"), Set.of("datacenter1"), "message"));
    assertThat(analysis.getAction()).isEqualTo("Give coodie.keyspace.replication.datacenters only datacenters of the"
        + " cluster, [datacenter1] (names are case-sensitive), for example"
        + " coodie.keyspace.replication.datacenters.datacenter1=3.");
  }

  @Test
  void invalidRepositoryMethod() throws NoSuchMethodException {
    InvalidRepositoryMethodException invalid = new InvalidRepositoryMethodException(
        OrRepository.class.getMethod("findByCategoryOrName", String.class, String.class),
        "Or is not supported: Cassandra has no OR", null);
    FailureAnalysis analysis = new InvalidRepositoryMethodFailureAnalyzer().analyze(buried(invalid));
    assertThat(analysis.getDescription()).isEqualTo("coodie cannot implement a method of repository "
        + OrRepository.class.getName() + ":\n\n  OrRepository.findByCategoryOrName(String, String): Or is not"
        + " supported: Cassandra has no OR");
    assertThat(analysis.getAction()).startsWith("Change or remove OrRepository.findByCategoryOrName(String, String)"
        + " as the message says");
  }

  @Test
  void removedKeys() {
    FailureAnalysis analysis = new RemovedCoodiePropertiesFailureAnalyzer().analyze(new RemovedCoodiePropertiesException(
        List.of(new RemovedCoodieProperties.Use("coodie.contact-points", null, "spring.cassandra.contact-points"))));
    assertThat(analysis.getDescription()).isEqualTo("coodie no longer reads these keys: Spring Boot configures the"
        + " Cassandra connection under spring.cassandra.*.\n\n  coodie.contact-points\n"
        + "      use spring.cassandra.contact-points");
    assertThat(analysis.getAction()).startsWith("Rename each key to its replacement above");
  }

  static Stream<FailureAnalyzer> analyzers() {
    MockEnvironment environment = new MockEnvironment();
    return Stream.of(new CassandraUnreachableFailureAnalyzer(environment),
        new CassandraAuthenticationFailureAnalyzer(environment), new MissingKeyspaceFailureAnalyzer(environment),
        new UnknownDatacenterFailureAnalyzer(), new InvalidRepositoryMethodFailureAnalyzer(),
        new RemovedCoodiePropertiesFailureAnalyzer());
  }

  @ParameterizedTest
  @MethodSource("analyzers")
  void noAnalyzerAnswersForAnUnrelatedFailure(FailureAnalyzer analyzer) {
    assertThat(analyzer.analyze(buried(new IllegalStateException("something else")))).isNull();
    assertThat(analyzer.analyze(new IllegalArgumentException("x", new java.io.UncheckedIOException(
        new IOException("disk"))))).isNull();
  }

  @Test
  void credentialsAndReachabilityAreTellApart() {
    MockEnvironment environment = new MockEnvironment();
    assertThat(new CassandraUnreachableFailureAnalyzer(environment).analyze(refusedCredentials())).isNull();
    assertThat(new CassandraAuthenticationFailureAnalyzer(environment).analyze(unreachable())).isNull();
  }

  // --- what start-up prints, through SpringApplication (no Cassandra needed) ---

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
  }

  @Test
  void startUpAgainstAClosedPortPrintsTheAnalysis(CapturedOutput output) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    SpringApplicationBuilder application = new SpringApplicationBuilder(App.class).properties(
        "spring.cassandra.contact-points=127.0.0.1:" + port, "spring.cassandra.local-datacenter=dc1",
        "spring.cassandra.connection.connect-timeout=2s");
    assertThatException().isThrownBy(application::run);
    assertThat(output).contains("APPLICATION FAILED TO START", "Description:",
        "coodie could not connect to Cassandra: no contact point could be reached.",
        "    127.0.0.1:" + port + ": ", "spring.cassandra.contact-points=127.0.0.1:" + port, "Action:",
        "Check that Cassandra is running and reachable from here");
  }

  @Test
  void startUpWithARemovedKeyPrintsTheAnalysis(CapturedOutput output) {
    SpringApplicationBuilder application = new SpringApplicationBuilder(App.class)
        .properties("coodie.contact-points=10.0.0.1");
    assertThatException().isThrownBy(application::run).isInstanceOf(RemovedCoodiePropertiesException.class);
    assertThat(output).contains("APPLICATION FAILED TO START", "coodie no longer reads these keys",
        "  coodie.contact-points\n      set in \"coodie.contact-points\" from property source",
        "      use spring.cassandra.contact-points", "Action:", "Rename each key to its replacement above");
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @EnableCoodieRepositories(basePackageClasses = OrRepository.class)
  static class BadRepositoryApp {

    @Bean
    CqlSession offlineSession() {
      return OfflineSession.create();
    }
  }

  @Test
  void startUpWithAnInvalidRepositoryMethodPrintsTheAnalysis(CapturedOutput output) {
    SpringApplicationBuilder application = new SpringApplicationBuilder(BadRepositoryApp.class);
    assertThatException().isThrownBy(application::run);
    assertThat(output).contains("APPLICATION FAILED TO START", "coodie cannot implement a method of repository "
        + OrRepository.class.getName(), "OrRepository.findByCategoryOrName(String, String): Or is not supported",
        "Action:", "Change or remove OrRepository.findByCategoryOrName(String, String)");
  }

}
