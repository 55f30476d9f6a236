package io.coodie.spring.boot.autoconfigure;

import java.util.Set;

/**
 * A configured datacenter that no node of the cluster is in: the local datacenter of the driver's load balancing
 * ({@code spring.cassandra.local-datacenter}), whose requests would find no node to go to, or a datacenter of the
 * replication of a keyspace that coodie creates ({@code coodie.keyspace.replication.datacenters}).
 */
public class UnknownDatacenterException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Where the unknown datacenter is configured. */
  public enum Source {
    /** {@code spring.cassandra.local-datacenter} (or the connection details' local datacenter). */
    LOCAL_DATACENTER,
    /** {@code coodie.keyspace.replication.datacenters}. */
    REPLICATION
  }

  private final Source source;

  private final Set<String> unknown;

  private final Set<String> known;

  /** The exception for {@code unknown} datacenters configured at {@code source}, the cluster having {@code known}. */
  public UnknownDatacenterException(Source source, Set<String> unknown, Set<String> known, String message) {
    super(message);
    this.source = source;
    this.unknown = Set.copyOf(unknown);
    this.known = Set.copyOf(known);
  }

  /** Where the datacenter is configured. */
  public Source source() {
    return this.source;
  }

  /** The configured datacenters no node is in. */
  public Set<String> unknown() {
    return this.unknown;
  }

  /** The datacenters of the cluster's nodes. */
  public Set<String> known() {
    return this.known;
  }
}
