package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.type.CustomType;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares and prints CQL types across the mapping and the live schema. The mapping's user types
 * usually have no keyspace and the live ones always have one, and the driver's {@code equals} also
 * compares field lists; here a user type is identified by its name and frozen-ness only (its
 * fields are compared where the type itself is synced).
 */
public final class CqlTypes {

  private CqlTypes() {}

  /** Whether {@code wanted} (from the mapping) and {@code live} (from the server) are one type. */
  public static boolean same(DataType wanted, DataType live) {
    if (wanted instanceof UserDefinedType w) {
      return live instanceof UserDefinedType l
          && w.getName().equals(l.getName())
          && w.isFrozen() == l.isFrozen();
    }
    if (wanted instanceof ListType w) {
      return live instanceof ListType l
          && w.isFrozen() == l.isFrozen()
          && same(w.getElementType(), l.getElementType());
    }
    if (wanted instanceof SetType w) {
      return live instanceof SetType l
          && w.isFrozen() == l.isFrozen()
          && same(w.getElementType(), l.getElementType());
    }
    if (wanted instanceof MapType w) {
      return live instanceof MapType l
          && w.isFrozen() == l.isFrozen()
          && same(w.getKeyType(), l.getKeyType())
          && same(w.getValueType(), l.getValueType());
    }
    if (wanted instanceof TupleType w) {
      return live instanceof TupleType l && sameAll(w.getComponentTypes(), l.getComponentTypes());
    }
    if (wanted instanceof VectorType w) {
      return live instanceof VectorType l
          && w.getDimensions() == l.getDimensions()
          && same(w.getElementType(), l.getElementType());
    }
    if (wanted instanceof CustomType w) {
      return live instanceof CustomType l && w.getClassName().equals(l.getClassName());
    }
    return wanted.equals(live);
  }

  private static boolean sameAll(List<DataType> wanted, List<DataType> live) {
    if (wanted.size() != live.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (!same(wanted.get(i), live.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The type as CQL, with user types unqualified, so mapping and live types print alike. */
  public static String display(DataType type) {
    if (type instanceof UserDefinedType udt) {
      return frozen(udt.isFrozen(), udt.getName().asCql(true));
    }
    if (type instanceof ListType list) {
      return frozen(list.isFrozen(), "list<" + display(list.getElementType()) + ">");
    }
    if (type instanceof SetType set) {
      return frozen(set.isFrozen(), "set<" + display(set.getElementType()) + ">");
    }
    if (type instanceof MapType map) {
      return frozen(
          map.isFrozen(),
          "map<" + display(map.getKeyType()) + ", " + display(map.getValueType()) + ">");
    }
    if (type instanceof TupleType tuple) {
      return "frozen<tuple<"
          + tuple.getComponentTypes().stream().map(CqlTypes::display).collect(Collectors.joining(", "))
          + ">>";
    }
    if (type instanceof VectorType vector) {
      return "vector<" + display(vector.getElementType()) + ", " + vector.getDimensions() + ">";
    }
    return type.asCql(true, true);
  }

  private static String frozen(boolean frozen, String cql) {
    return frozen ? "frozen<" + cql + ">" : cql;
  }
}
