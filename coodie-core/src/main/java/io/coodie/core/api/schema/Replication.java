package io.coodie.core.api.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The replication of a keyspace: {@code SimpleStrategy} with one replication factor (single
 * datacenter, development), or {@code NetworkTopologyStrategy} with a factor per datacenter
 * (production). Immutable.
 *
 * <pre>{@code
 * Replication.simple(1)
 * Replication.networkTopology(Map.of("dc1", 3, "dc2", 3))
 * }</pre>
 */
public final class Replication {

  /** The replication strategy class. */
  public enum Strategy {
    /** {@code SimpleStrategy}: replicas on the next nodes of the ring, ignoring datacenters. */
    SIMPLE,
    /** {@code NetworkTopologyStrategy}: a replication factor per datacenter. */
    NETWORK_TOPOLOGY
  }

  private final Strategy strategy;
  private final int replicationFactor;
  private final Map<String, Integer> datacenters;

  private Replication(Strategy strategy, int replicationFactor, Map<String, Integer> datacenters) {
    this.strategy = strategy;
    this.replicationFactor = replicationFactor;
    this.datacenters = datacenters;
  }

  /**
   * {@code SimpleStrategy} with the given replication factor.
   *
   * @param replicationFactor the number of replicas, at least 1
   * @return the replication
   * @throws IllegalArgumentException if the factor is below 1
   */
  public static Replication simple(int replicationFactor) {
    if (replicationFactor < 1) {
      throw new IllegalArgumentException(
          "replication factor must be at least 1, was " + replicationFactor);
    }
    return new Replication(Strategy.SIMPLE, replicationFactor, Map.of());
  }

  /**
   * {@code NetworkTopologyStrategy} with a replication factor per datacenter.
   *
   * @param datacenters datacenter name (as the snitch reports it, e.g. {@code datacenter1}) to
   *     replication factor (0 or more); iteration order is kept in the rendered CQL, and each name
   *     is rendered as one CQL string (its quotes doubled), so no name can add replication options
   * @return the replication
   * @throws IllegalArgumentException if the map is empty or a factor is negative
   */
  public static Replication networkTopology(Map<String, Integer> datacenters) {
    if (datacenters == null || datacenters.isEmpty()) {
      throw new IllegalArgumentException("NetworkTopologyStrategy needs at least one datacenter");
    }
    Map<String, Integer> copy = new LinkedHashMap<>();
    datacenters.forEach(
        (dc, rf) -> {
          if (dc == null || dc.isBlank() || rf == null || rf < 0) {
            throw new IllegalArgumentException(
                "invalid datacenter replication " + dc + "=" + rf + "; use a name and a factor >= 0");
          }
          copy.put(dc, rf);
        });
    return new Replication(Strategy.NETWORK_TOPOLOGY, 0, Collections.unmodifiableMap(copy));
  }

  /**
   * The strategy.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * The replication factor of {@link Strategy#SIMPLE}.
   *
   * @return the factor, or 0 for {@link Strategy#NETWORK_TOPOLOGY}
   */
  public int replicationFactor() {
    return replicationFactor;
  }

  /**
   * The factors of {@link Strategy#NETWORK_TOPOLOGY}, by datacenter.
   *
   * @return the factors, empty for {@link Strategy#SIMPLE}
   */
  public Map<String, Integer> datacenters() {
    return datacenters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Replication r
        && strategy == r.strategy
        && replicationFactor == r.replicationFactor
        && datacenters.equals(r.datacenters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, replicationFactor, datacenters);
  }

  @Override
  public String toString() {
    return strategy == Strategy.SIMPLE
        ? "SimpleStrategy(" + replicationFactor + ")"
        : "NetworkTopologyStrategy" + datacenters;
  }
}
