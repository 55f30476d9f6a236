package io.coodie.core.internal.cql;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/**
 * A table, optionally qualified by its keyspace.
 *
 * @param keyspace the keyspace, or {@code null} for the session's keyspace
 * @param table the table
 */
public record TableRef(CqlIdentifier keyspace, CqlIdentifier table) {}
