package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.detach.AttachmentPoint;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.internal.core.type.DefaultUserDefinedType;
import java.util.List;
import java.util.Objects;

/**
 * A user type whose keyspace is not known at definition time: {@link #getKeyspace()} is {@code
 * null}, so {@code asCql(true, true)} renders {@code frozen<address>}, which CQL resolves in the
 * keyspace of the statement's table. The driver's {@code UserDefinedTypeBuilder} insists on a
 * keyspace and would render {@code frozen<ks.address>}; internally this type stores {@link
 * #PLACEHOLDER_KEYSPACE} to satisfy it, but never exposes it.
 *
 * <p>For DDL only: values are encoded with the live type reported by the server.
 */
final class UnboundUserDefinedType extends DefaultUserDefinedType {

  private static final long serialVersionUID = 1L;

  /** Never rendered; only satisfies the non-null check of the driver's implementation. */
  static final CqlIdentifier PLACEHOLDER_KEYSPACE = CqlIdentifier.fromInternal("coodie_unbound");

  UnboundUserDefinedType(
      CqlIdentifier name, boolean frozen, List<CqlIdentifier> fieldNames, List<DataType> types) {
    super(PLACEHOLDER_KEYSPACE, name, frozen, fieldNames, types, AttachmentPoint.NONE);
  }

  @Override
  public CqlIdentifier getKeyspace() {
    return null;
  }

  @Override
  public UserDefinedType copy(boolean newFrozen) {
    return newFrozen == isFrozen()
        ? this
        : new UnboundUserDefinedType(getName(), newFrozen, getFieldNames(), getFieldTypes());
  }

  @Override
  public String describe(boolean pretty) {
    StringBuilder cql = new StringBuilder("CREATE TYPE ").append(getName().asCql(pretty)).append(" (");
    List<CqlIdentifier> names = getFieldNames();
    for (int i = 0; i < names.size(); i++) {
      cql.append(i == 0 ? "" : ", ")
          .append(names.get(i).asCql(pretty))
          .append(' ')
          .append(getFieldTypes().get(i).asCql(true, pretty));
    }
    return cql.append(");").toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserDefinedType that
        && that.getKeyspace() == null
        && getName().equals(that.getName())
        && getFieldNames().equals(that.getFieldNames())
        && getFieldTypes().equals(that.getFieldTypes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getName(), getFieldNames(), getFieldTypes());
  }

  @Override
  public String toString() {
    return "UDT(" + getName().asCql(true) + ")";
  }
}
