package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of one keyspace as the database reports it: its tables and user types. Immutable.
 *
 * @param name the keyspace
 * @param tables the tables by name
 * @param types the user types by name (field names and types as the server reports them)
 */
public record LiveKeyspace(
    CqlIdentifier name, Map<CqlIdentifier, LiveTable> tables, Map<CqlIdentifier, UserDefinedType> types) {

  /** Copies the maps. */
  public LiveKeyspace {
    tables = Map.copyOf(tables);
    types = Map.copyOf(types);
  }

  /** The table with this name, if it exists. */
  public Optional<LiveTable> table(CqlIdentifier table) {
    return Optional.ofNullable(tables.get(table));
  }

  /** The user type with this name, if it exists. */
  public Optional<UserDefinedType> type(CqlIdentifier type) {
    return Optional.ofNullable(types.get(type));
  }

  /** The table that owns an index of this name (index names are unique per keyspace). */
  public Optional<LiveTable> indexOwner(CqlIdentifier index) {
    return tables.values().stream().filter(t -> t.indexes().containsKey(index)).findFirst();
  }
}
