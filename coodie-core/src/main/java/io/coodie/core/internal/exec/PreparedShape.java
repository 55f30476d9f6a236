package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
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
  /** Per marker: the entity column whose value it binds in an entity write, or -1. */
  final int[] markerColumns;
  private final int[] resultColumns;
  private final TypeCodec<Object>[] resultCodecs;
  /** By entity column index: the codec of the column's own type, where this statement binds or reads it. */
  final TypeCodec<Object>[] columnCodecs;
  /** By entity column index: whether a SELECT reads the column. */
  final boolean[] selected;

  @SuppressWarnings("unchecked")
  PreparedShape(StatementSpec spec, RenderedStatement rendered, PreparedStatement prepared,
      EntityMetadata<?> metadata, ShapeCodecs codecFactory) {
    this.spec = spec;
    this.prepared = prepared;
    this.entityName = metadata.javaType().getName();
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
        throw wrongType(i, value, null);
      }
      try {
        builder.set(i, value, codecs[i]);
      } catch (ClassCastException | IllegalArgumentException e) {
        throw wrongType(i, value, e);
      }
    } else if (!unsetNulls) {
      builder.setToNull(i);
    }
  }

  private IllegalArgumentException wrongType(int i, Object value, RuntimeException cause) {
    return new IllegalArgumentException(describe(i) + " takes " + codecs[i].getJavaType() + " (CQL "
        + codecs[i].getCqlType().asCql(true, true) + "), but was given a " + value.getClass().getName()
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
        values[column] = resultCodecs[j].decode(raw, version);
      }
    }
  }
}
