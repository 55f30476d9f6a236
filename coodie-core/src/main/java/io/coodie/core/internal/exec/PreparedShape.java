package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.internal.cql.Marker;
import io.coodie.core.internal.cql.RenderedStatement;
import io.coodie.core.internal.cql.StatementSpec;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * A prepared statement with everything needed to bind and decode it without lookups: one codec per marker, and per
 * result column the entity column it fills and its codec. Built once per statement shape.
 */
final class PreparedShape {

  final StatementSpec spec;
  final PreparedStatement prepared;
  final Marker[] markers;
  private final TypeCodec<Object>[] codecs;
  private final ValueType[] types;
  private final String entityName;
  private final EntityMetadata<?> metadata;
  /** Per marker: the entity column whose value it binds in an entity write, or -1. */
  final int[] markerColumns;
  private final int[] resultColumns;
  private final TypeCodec<Object>[] resultCodecs;
  /** By entity column index: the codec of the column's own type, where this statement binds or reads it. */
  final TypeCodec<Object>[] columnCodecs;
  /** By entity column index: whether a SELECT reads the column. */
  final boolean[] selected;
  /** For a SELECT: {@link #columnCodecs} completed with the codecs of the columns it does not read, once known. */
  volatile TypeCodec<Object>[] trackingCodecs;

  @SuppressWarnings("unchecked")
  PreparedShape(StatementSpec spec, RenderedStatement rendered, PreparedStatement prepared,
      EntityMetadata<?> metadata, ShapeCodecs codecFactory) {
    this.spec = spec;
    this.prepared = prepared;
    this.entityName = metadata.javaType().getName();
    this.metadata = metadata;
    this.markers = rendered.markers().toArray(new Marker[0]);
    ColumnDefinitions variables = prepared.getVariableDefinitions();
    if (variables.size() != markers.length) {
      throw new IllegalStateException("Prepared " + rendered.cql() + " has " + variables.size()
          + " variables but " + markers.length + " markers were rendered");
    }
    int columnCount = metadata.columns().size();
    this.columnCodecs = new TypeCodec[columnCount];
    this.selected = new boolean[columnCount];
    this.codecs = new TypeCodec[markers.length];
    this.types = new ValueType[markers.length];
    this.markerColumns = new int[markers.length];
    for (int i = 0; i < markers.length; i++) {
      ValueType type = MarkerTypes.of(spec, markers[i], metadata);
      types[i] = type;
      codecs[i] = codecFactory.codecFor(variables.get(i).getType(), type);
      markerColumns[i] = type instanceof ValueType.OfColumn c && c.part() == ValueType.Part.VALUE
          ? c.column().index() : -1;
      if (markerColumns[i] >= 0) {
        columnCodecs[markerColumns[i]] = codecs[i];
      }
    }
    ColumnDefinitions results = prepared.getResultSetDefinitions();
    this.resultColumns = new int[results.size()];
    this.resultCodecs = new TypeCodec[results.size()];
    for (int j = 0; j < results.size(); j++) {
      Optional<ColumnMetadata> column = metadata.columnByName(results.get(j).getName());
      resultColumns[j] = column.map(ColumnMetadata::index).orElse(-1);
      resultCodecs[j] = codecFactory.codecFor(results.get(j).getType(),
          column.<ValueType>map(c -> new ValueType.OfColumn(c, ValueType.Part.VALUE)).orElse(ValueType.NATIVE));
      if (resultColumns[j] >= 0) {
        columnCodecs[resultColumns[j]] = resultCodecs[j];
        selected[resultColumns[j]] = true;
      }
    }
  }

  /** Binds marker {@code i}; a null is bound as null (a deletion) unless {@code unsetNulls}. */
  void bind(BoundStatementBuilder builder, int i, Object value, boolean unsetNulls) {
    if (value != null) {
      if (!codecs[i].accepts(value)) {
        throw holdsNull(value) ? nullInside(i, null) : wrongType(i, value, null);
      }
      try {
        builder.set(i, value, codecs[i]);
      } catch (ClassCastException | IllegalArgumentException e) {
        throw wrongType(i, value, e);
      } catch (NullPointerException e) {
        // The driver's collection codecs: "Collection elements cannot be null", "Map values cannot be null", ...
        throw nullInside(i, e);
      } catch (ArithmeticException e) {
        // Instant.MAX and Instant.MIN: a CQL timestamp is a long of milliseconds since the epoch.
        throw new IllegalArgumentException(describe(i) + " holds a value out of the range of CQL " + cql(i)
            + " (" + e.getMessage() + "; a CQL timestamp is a long of milliseconds since the epoch); nothing was"
            + " sent", e);
      }
    } else if (!unsetNulls) {
      builder.setToNull(i);
    }
  }

  /** Whether a collection or map holds a null (which the driver's codecs refuse without naming the property). */
  private static boolean holdsNull(Object value) {
    if (value instanceof java.util.Collection<?> c) {
      for (Object element : c) {
        if (element == null) {
          return true;
        }
      }
    } else if (value instanceof java.util.Map<?, ?> m) {
      for (java.util.Map.Entry<?, ?> entry : m.entrySet()) {
        if (entry.getKey() == null || entry.getValue() == null) {
          return true;
        }
      }
    }
    return false;
  }

  private IllegalArgumentException nullInside(int i, RuntimeException cause) {
    return new IllegalArgumentException(describe(i) + " contains a null element, key or value, which CQL " + cql(i)
        + " cannot hold; nothing was sent", cause);
  }

  private String cql(int i) {
    return codecs[i].getCqlType().asCql(true, true);
  }

  private IllegalArgumentException wrongType(int i, Object value, RuntimeException cause) {
    return new IllegalArgumentException(describe(i) + " takes " + codecs[i].getJavaType() + " (CQL "
        + cql(i) + "), but was given a " + value.getClass().getName()
        // the type only: bound values may be personal data, and messages get logged
        + (cause == null ? "" : " (" + cause.getClass().getName() + ")"), cause);
  }

  private String describe(int i) {
    if (types[i] instanceof ValueType.OfColumn c) {
      String property = entityName + "." + c.column().propertyName();
      return switch (c.part()) {
        case VALUE -> "Property " + property;
        case ELEMENT -> "An element of " + property;
        case KEY, SET_OF_KEYS -> "A key of " + property;
        case MAP_VALUE -> "A value of " + property;
        case LIST_OF_VALUES -> "IN on " + property;
      };
    }
    return "Marker " + markers[i];
  }

  /**
   * Decodes the selected columns of {@code row} into {@code values}, and keeps their serialized form in
   * {@code bytes} (both indexed like the entity's columns) for change tracking.
   */
  void decode(Row row, Object[] values, ByteBuffer[] bytes) {
    ProtocolVersion version = row.protocolVersion();
    for (int j = 0; j < resultColumns.length; j++) {
      int column = resultColumns[j];
      if (column >= 0) {
        ByteBuffer raw = row.getBytesUnsafe(j);
        bytes[column] = raw;
        try {
          values[column] = resultCodecs[j].decode(raw, version);
        } catch (RuntimeException e) {
          throw unreadable(metadata, metadata.columns().get(column), e);
        }
      }
    }
  }

  /**
   * The failure to decode a stored value of {@code column}: names the entity, the property, the column, the table
   * and its primary key columns, never a value (a row's values, its key included, can be personal data).
   */
  static MappingException unreadable(EntityMetadata<?> metadata, ColumnMetadata column, RuntimeException cause) {
    return new MappingException("Cannot read " + metadata.javaType().getName() + "." + column.propertyName()
        + " from column " + column.name().asCql(true) + " of a row of " + metadata.keyspace()
            .map(k -> k.asCql(true) + ".").orElse("") + metadata.table().asCql(true) + " (primary key columns "
        + metadata.primaryKey().stream().map(c -> c.name().asCql(true)).toList() + "): " + cause.getMessage()
        + ". Fix the stored value or the Java type; query other columns with only(...) or defer(...) meanwhile",
        cause);
  }
}
