package io.coodie.spring.boot.autoconfigure.diagnostics;

import io.coodie.spring.boot.autoconfigure.UnknownDatacenterException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a configured datacenter that no node of the cluster is in. */
class UnknownDatacenterFailureAnalyzer extends AbstractFailureAnalyzer<UnknownDatacenterException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnknownDatacenterException cause) {
    String action = switch (cause.source()) {
      case LOCAL_DATACENTER -> "Set spring.cassandra.local-datacenter to the datacenter of the contact points, one"
          + " of " + cause.known() + " (names are case-sensitive; SELECT data_center FROM system.local shows a"
          + " node's), or point spring.cassandra.contact-points at nodes of the intended datacenter.";
      case REPLICATION -> "Give coodie.keyspace.replication.datacenters only datacenters of the cluster, "
          + cause.known() + " (names are case-sensitive), for example coodie.keyspace.replication.datacenters."
          + cause.known().iterator().next() + "=3.";
    };
    return new FailureAnalysis(cause.getMessage(), action, cause);
  }
}
