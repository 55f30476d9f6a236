package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.metadata.UdtMetadata;

/**
 * A user type to sync, in the keyspace of the table using it unless {@code
 * @UserDefinedType(keyspace)} names one.
 *
 * @param keyspace the keyspace of the type
 * @param udt the type metadata
 */
record TypeTarget(CqlIdentifier keyspace, UdtMetadata<?> udt) {

  /** {@code ks.type}, quoted where CQL needs it. */
  String qualifiedName() {
    return keyspace.asCql(true) + "." + udt.name().asCql(true);
  }

  /** Identity within a sync: keyspace and name. */
  Key key() {
    return new Key(keyspace, udt.name());
  }

  /** A type's keyspace and name. */
  record Key(CqlIdentifier keyspace, CqlIdentifier name) {}
}
