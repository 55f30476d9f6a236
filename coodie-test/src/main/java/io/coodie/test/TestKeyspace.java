package io.coodie.test;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;

/**
 * The keyspace a {@link CassandraTest} class runs in, and a session bound to it.
 *
 * @param name the keyspace, unique within the test run
 * @param session a session whose default keyspace is {@code name}
 */
public record TestKeyspace(CqlIdentifier name, CqlSession session) {}
