package io.coodie.test;

import io.coodie.test.internal.JavaRuntime;
import io.coodie.test.internal.JvmOptions;
import io.coodie.test.internal.NodeFiles;
import io.coodie.test.internal.Ports;
import io.coodie.test.internal.ProcessGuard;
import io.coodie.test.internal.ServerClasspath;
import io.coodie.test.internal.WorkDirectories;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real Apache Cassandra node, or a cluster of nodes on {@code 127.0.0.1}, {@code 127.0.0.2}, ..., each running in
 * a forked JVM, for tests and local development. No Docker needed.
 *
 * <pre>{@code
 * try (EmbeddedCassandra cassandra = EmbeddedCassandra.start();
 *      CqlSession session = cassandra.sessionBuilder().build()) {
 *   session.execute("SELECT release_version FROM system.local");
 * }
 * }</pre>
 *
 * <p><b>Server classpath.</b> {@code org.apache.cassandra:cassandra-all} is resolved at runtime through Maven
 * Resolver (MIMA), honouring {@code ~/.m2/settings.xml}, in a resolution separate from the caller's classpath, so
 * the server keeps the netty, jackson and metrics versions it was built with.
 *
 * <p><b>Java.</b> Cassandra 5.0 runs on Java 11 or 17. The node uses the JDK running the caller unless
 * {@link Builder#javaHome(Path)}, the system property {@value JavaRuntime#JAVA_HOME_PROPERTY} or the environment
 * variable {@value JavaRuntime#JAVA_HOME_ENV} names another one.
 *
 * <p><b>Lifecycle.</b> {@link #close()} stops every node and deletes their data. Nodes are also killed when this JVM
 * exits, by a shutdown hook and, on Linux, by the kernel ({@code setpriv --pdeathsig}) even if the JVM is killed.
 * Only processes this object started are ever signalled.
 *
 * <p>Cluster nodes use fixed, evenly spaced tokens and {@code auto_bootstrap: false}: the seed ({@code node1})
 * starts first, then the others in parallel; a node that fails to join is started once more before giving up.
 * The datacenter is {@value #DATACENTER}.
 */
public final class EmbeddedCassandra implements TestCassandra, AutoCloseable {

  /** Default Cassandra version. */
  public static final String DEFAULT_VERSION = "5.0.6";

  /** The datacenter name of every node ({@code SimpleSnitch}). */
  public static final String DATACENTER = "datacenter1";

  private final Path directory;
  private final List<CassandraNode> nodes;

  private EmbeddedCassandra(Path directory, List<CassandraNode> nodes) {
    this.directory = directory;
    this.nodes = List.copyOf(nodes);
  }

  /** Starts a single node with the defaults. */
  public static EmbeddedCassandra start() {
    return builder().start();
  }

  /** Starts a cluster of {@code nodes} nodes on {@code 127.0.0.1} ... {@code 127.0.0.<nodes>} with the defaults. */
  public static EmbeddedCassandra cluster(int nodes) {
    return builder().nodes(nodes).start();
  }

  /** A builder to configure the version, JDK, ports, heap and {@code cassandra.yaml} overrides. */
  public static Builder builder() {
    return new Builder();
  }

  /** The nodes, in order ({@code node1} first). */
  public List<CassandraNode> nodes() {
    return nodes;
  }

  /** The node at {@code index} (0-based). */
  public CassandraNode node(int index) {
    return nodes.get(index);
  }

  /** CQL contact points of all nodes. */
  @Override
  public List<InetSocketAddress> contactPoints() {
    return nodes.stream().map(CassandraNode::contactPoint).collect(Collectors.toList());
  }

  /** The local datacenter name to give the driver. */
  @Override
  public String localDatacenter() {
    return DATACENTER;
  }

  /** This cluster. */
  @Override
  public Optional<EmbeddedCassandra> embedded() {
    return Optional.of(this);
  }

  /**
   * Waits until every node sees every other one: a node accepting CQL may not have gossiped with its peers yet, and
   * a driver connecting to it then would see a one-node cluster.
   */
  void awaitRing(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (com.datastax.oss.driver.api.core.CqlSession session = sessionBuilder().build()) {
        java.util.Collection<com.datastax.oss.driver.api.core.metadata.Node> known =
            session.getMetadata().getNodes().values();
        boolean formed = known.size() == nodes.size() && known.stream().allMatch(node -> session.execute(
            com.datastax.oss.driver.api.core.cql.SimpleStatement.newInstance("SELECT peer FROM system.peers_v2")
                .setNode(node)).all().size() == nodes.size() - 1);
        if (formed) {
          return;
        }
      } catch (RuntimeException e) {
        // a node still settling; try again
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The " + nodes.size() + " nodes accept CQL but did not all see each other"
            + " within " + timeout.toSeconds() + " s.\n" + nodes.get(nodes.size() - 1).logTail());
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the cluster to form", e);
      }
    }
  }

  /** Stops every node (SIGTERM, then SIGKILL) and deletes the cluster's directory. Idempotent. */
  @Override
  public void close() {
    CompletableFuture.allOf(nodes.stream()
        .map(n -> CompletableFuture.runAsync(n::stop))
        .toArray(CompletableFuture[]::new)).join();
    WorkDirectories.delete(directory);
  }

  /** Configures and starts an {@link EmbeddedCassandra}. */
  public static final class Builder {
    private String version = DEFAULT_VERSION;
    private int nodeCount = 1;
    private Path javaHome;
    private Path workRoot = WorkDirectories.defaultRoot();
    private int nativePort;
    private int storagePort;
    private String heap = "512M";
    private Duration startupTimeout = Duration.ofMinutes(2);
    private final Map<String, String> yaml = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();

    private Builder() {}

    /** Cassandra version to run (default {@value #DEFAULT_VERSION}); 5.0.x is what this launcher is built for. */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** Number of nodes, 1 to 9 (default 1). Node {@code i} listens on {@code 127.0.0.i}. */
    public Builder nodes(int count) {
      if (count < 1 || count > 9) {
        throw new IllegalArgumentException("nodes must be between 1 and 9, was " + count);
      }
      this.nodeCount = count;
      return this;
    }

    /** JDK (11 or 17) that runs the nodes; see the class documentation for the defaults. */
    public Builder javaHome(Path javaHome) {
      this.javaHome = javaHome;
      return this;
    }

    /** Directory under which cluster directories are created (default {@code ${java.io.tmpdir}/coodie-cassandra}). */
    public Builder workRoot(Path workRoot) {
      this.workRoot = workRoot;
      return this;
    }

    /** CQL port of every node (default: a free port). */
    public Builder nativePort(int port) {
      this.nativePort = port;
      return this;
    }

    /** Inter-node port of every node (default: a free port). */
    public Builder storagePort(int port) {
      this.storagePort = port;
      return this;
    }

    /** Heap of each node, as in {@code -Xmx} (default {@code 512M}). */
    public Builder heap(String heap) {
      this.heap = heap;
      return this;
    }

    /** How long to wait for a node to accept CQL connections (default 2 minutes). */
    public Builder startupTimeout(Duration timeout) {
      this.startupTimeout = timeout;
      return this;
    }

    /**
     * Sets a top-level {@code cassandra.yaml} key to a raw YAML value, replacing the default, for example
     * {@code yaml("authenticator", "PasswordAuthenticator")}. Values starting with a newline are written as blocks.
     */
    public Builder yaml(String key, String rawValue) {
      yaml.put(key, rawValue);
      return this;
    }

    /** Adds a JVM option to every node, for example {@code -Dcassandra.superuser_setup_delay_ms=0}. */
    public Builder jvmOption(String option) {
      jvmOptions.add(option);
      return this;
    }

    /**
     * Starts the nodes in parallel and waits until each accepts CQL connections.
     *
     * @throws IllegalStateException if the JDK is unsupported, the server cannot be resolved or a node fails to
     *     start; nodes already started are stopped first
     */
    public EmbeddedCassandra start() {
      JavaRuntime java = JavaRuntime.locate(javaHome);
      String classpath = ServerClasspath.forVersion(version, workRoot.resolve("classpath"));
      List<String> addresses = IntStream.rangeClosed(1, nodeCount).mapToObj(i -> "127.0.0." + i).toList();
      int cql = nativePort > 0 ? nativePort : Ports.freeOnAll(addresses);
      int storage = storagePort > 0 ? storagePort : Ports.freeOnAll(addresses);
      String seeds = addresses.get(0) + ":" + storage;
      Path clusterDir = WorkDirectories.newClusterDirectory(workRoot);
      List<CassandraNode> nodes = new ArrayList<>();
      for (int i = 0; i < nodeCount; i++) {
        String name = "node" + (i + 1);
        Path dir = clusterDir.resolve(name);
        NodeFiles.write(dir, addresses.get(i), storage, cql, token(i, nodeCount), seeds, yaml);
        List<String> command = new ArrayList<>(ProcessGuard.commandPrefix());
        command.add(java.executable().toString());
        command.addAll(JvmOptions.forNode(java, dir, heap, jvmOptions));
        command.add("-cp");
        command.add(classpath);
        command.add("org.apache.cassandra.service.CassandraDaemon");
        nodes.add(new CassandraNode(name, dir, addresses.get(i), cql, command, startupTimeout));
      }
      EmbeddedCassandra cassandra = new EmbeddedCassandra(clusterDir, nodes);
      try {
        // The seed first: under load, nodes started together can miss the seed's gossip within the (shortened)
        // ring delay and die with "Unable to gossip with any peers". The others then start in parallel.
        CassandraNode seed = nodes.get(0);
        seed.start();
        List<CassandraNode> others = nodes.subList(1, nodes.size());
        others.forEach(CassandraNode::launch);
        CompletableFuture.allOf(others.stream()
            .map(n -> CompletableFuture.runAsync(() -> awaitOrRetryOnce(n)))
            .toArray(CompletableFuture[]::new)).join();
        if (nodeCount > 1) {
          cassandra.awaitRing(startupTimeout);
        }
        return cassandra;
      } catch (RuntimeException e) {
        cassandra.close();
        throw e instanceof CompletionException && e.getCause() instanceof RuntimeException r ? r : e;
      }
    }

    private static void awaitOrRetryOnce(CassandraNode node) {
      try {
        node.awaitReady();
      } catch (IllegalStateException first) {
        try {
          node.start();
        } catch (IllegalStateException second) {
          second.addSuppressed(first);
          throw second;
        }
      }
    }

    /** Evenly spaced Murmur3 tokens: node i of n owns {@code -2^63 + i * 2^64 / n}. */
    static String token(int index, int count) {
      BigInteger span = BigInteger.TWO.pow(64).divide(BigInteger.valueOf(count));
      return BigInteger.TWO.pow(63).negate().add(span.multiply(BigInteger.valueOf(index))).toString();
    }
  }
}
