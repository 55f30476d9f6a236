package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import io.coodie.core.api.metadata.UdtFieldMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the user types of a sync with the live ones and plans their statements. */
final class TypeDiff {

  private final PlanBuilder out;
  private final Map<CqlIdentifier, LiveKeyspace> live;

  TypeDiff(PlanBuilder out, Map<CqlIdentifier, LiveKeyspace> live) {
    this.out = out;
    this.live = live;
  }

  /** Plans all types, given in dependency order. */
  void plan(List<TypeTarget> types) {
    Set<TypeTarget.Key> recreate = recreated(types);
    for (TypeTarget type : types) {
      plan(type, recreate.contains(type.key()));
    }
  }

  private void plan(TypeTarget target, boolean recreate) {
    UserDefinedType existing = live(target);
    String where = "type " + target.qualifiedName();
    if (existing == null) {
      out.differences.add(where + " does not exist");
      if (out.creates()) {
        out.typeSteps.add(DdlStep.of(Ddl.createType(target.keyspace(), target.udt())));
      }
      return;
    }
    for (UdtFieldMetadata field : target.udt().fields()) {
      int index = existing.firstIndexOf(field.name());
      if (index < 0) {
        String difference =
            where + ": field " + field.name().asCql(true) + " is missing (wanted "
                + CqlTypes.display(field.cqlType()) + ")";
        if (recreate) {
          out.differences.add(difference);
        } else {
          out.alteration(difference, out.typeSteps, addField(target, field));
        }
      } else if (!CqlTypes.same(field.cqlType(), existing.getFieldTypes().get(index))) {
        out.problem(fieldTypeChanged(target, field, existing.getFieldTypes().get(index)));
      }
    }
    for (CqlIdentifier name : existing.getFieldNames()) {
      if (target.udt().fieldByName(name).isEmpty()) {
        out.warnings.add(
            where + ": field " + name.asCql(true) + " ("
                + CqlTypes.display(existing.getFieldTypes().get(existing.firstIndexOf(name)))
                + ") exists in the database but not in " + target.udt().javaType().getName()
                + "; kept");
      }
    }
    if (recreate) {
      out.typeDrops.add(DdlStep.of(Ddl.dropType(target.keyspace(), target.udt().name())));
      out.typeSteps.add(DdlStep.of(Ddl.createType(target.keyspace(), target.udt())));
    }
  }

  /**
   * For RECREATE: the existing types with a changed field type, and the existing types of the sync
   * that use them (they must be dropped first and created again after).
   */
  private Set<TypeTarget.Key> recreated(List<TypeTarget> types) {
    Set<TypeTarget.Key> recreate = new LinkedHashSet<>();
    if (out.action != io.coodie.core.api.schema.SchemaAction.RECREATE) {
      return recreate;
    }
    for (TypeTarget type : types) {
      UserDefinedType existing = live(type);
      if (existing == null) {
        continue;
      }
      boolean changed =
          type.udt().fields().stream()
              .anyMatch(
                  f -> {
                    int i = existing.firstIndexOf(f.name());
                    return i >= 0 && !CqlTypes.same(f.cqlType(), existing.getFieldTypes().get(i));
                  });
      boolean usesRecreated =
          type.udt().dependencies().stream()
              .anyMatch(
                  d ->
                      recreate.contains(
                          new TypeTarget.Key(d.keyspace().orElse(type.keyspace()), d.name())));
      if (changed || usesRecreated) {
        recreate.add(type.key());
      }
    }
    return recreate;
  }

  private UserDefinedType live(TypeTarget target) {
    return live.get(target.keyspace()).type(target.udt().name()).orElse(null);
  }

  private static DdlStep addField(TypeTarget target, UdtFieldMetadata field) {
    CqlIdentifier keyspace = target.keyspace();
    CqlIdentifier type = target.udt().name();
    DataType wanted = field.cqlType();
    return new DdlStep(
        Ddl.alterTypeAdd(keyspace, type, field.name(), wanted),
        metadata ->
            metadata
                .getKeyspace(keyspace)
                .flatMap(k -> k.getUserDefinedType(type))
                .map(
                    u -> {
                      int i = u.firstIndexOf(field.name());
                      return i >= 0 && CqlTypes.same(wanted, u.getFieldTypes().get(i));
                    })
                .orElse(false));
  }

  private static String fieldTypeChanged(TypeTarget target, UdtFieldMetadata field, DataType live) {
    String name = target.udt().name().asInternal();
    return "type " + target.qualifiedName() + ", field " + field.name().asCql(true)
        + ": the type is " + CqlTypes.display(live) + " in the database but "
        + CqlTypes.display(field.cqlType()) + " in " + target.udt().javaType().getName() + "."
        + field.propertyName() + ". Cassandra cannot change a field's type: add a field with a new"
        + " name and migrate the data, or map a new type (e.g. @UserDefinedType(name = \"" + name
        + "_v2\")), or use SchemaAction.RECREATE in development (drops the tables using it).";
  }

  /** The distinct types of the given tables, in dependency order across all of them. */
  static List<TypeTarget> targets(List<TableTarget> tables) {
    Map<TypeTarget.Key, TypeTarget> types = new java.util.LinkedHashMap<>();
    for (TableTarget table : tables) {
      for (var udt : table.entity().userTypes()) {
        TypeTarget target = new TypeTarget(udt.keyspace().orElse(table.keyspace()), udt);
        TypeTarget previous = types.putIfAbsent(target.key(), target);
        if (previous != null
            && previous.udt() != udt
            && !previous.udt().dataType().equals(udt.dataType())) {
          throw new IllegalArgumentException(
              previous.udt().javaType().getName() + " and " + udt.javaType().getName()
                  + " both map to type " + target.qualifiedName()
                  + " with different fields; sync them separately or rename one");
        }
      }
    }
    return new ArrayList<>(types.values());
  }
}
