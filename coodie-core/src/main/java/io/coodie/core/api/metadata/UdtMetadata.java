package io.coodie.core.api.metadata;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import io.coodie.core.api.MappingException;
import io.coodie.core.internal.mapping.MappingCache;
import java.util.List;
import java.util.Optional;

/**
 * How a class or record annotated with {@code @UserDefinedType} maps to a CQL user-defined type.
 * Immutable; computed once per class and cached. Needs no connection.
 *
 * @param <T> the Java type
 */
public interface UdtMetadata<T> {

  /**
   * The metadata of a user type class, computed on first use and cached.
   *
   * @param type a class or record annotated with {@code @UserDefinedType}
   * @param <T> the Java type
   * @return the metadata
   * @throws MappingException if the class is not a valid user type
   */
  static <T> UdtMetadata<T> of(Class<T> type) {
    return MappingCache.udt(type);
  }

  /**
   * The Java class.
   *
   * @return the Java type
   */
  Class<T> javaType();

  /**
   * The keyspace from {@code @UserDefinedType(keyspace)}.
   *
   * @return the keyspace, or empty for the keyspace of the table using it
   */
  Optional<CqlIdentifier> keyspace();

  /**
   * The type name.
   *
   * @return the name
   */
  CqlIdentifier name();

  /**
   * The mapped fields, in declaration order (superclass fields first).
   *
   * @return the fields, indexed by {@link UdtFieldMetadata#index()}
   */
  List<UdtFieldMetadata> fields();

  /**
   * The field with a given CQL name.
   *
   * @param name the field name
   * @return the field, or empty
   */
  Optional<UdtFieldMetadata> fieldByName(CqlIdentifier name);

  /**
   * The CQL type as declared by the mapping, not frozen. Without {@code @UserDefinedType(keyspace)}
   * its {@link UserDefinedType#getKeyspace()} is {@code null}, so it renders unqualified ({@code
   * address}, or {@code frozen<address>} from {@code copy(true)}). Use it for DDL; encode and
   * decode with the live type the server reports.
   *
   * @return the CQL type
   */
  UserDefinedType dataType();

  /**
   * The user types this one uses directly or nested, in dependency order (see {@link
   * EntityMetadata#userTypes()}), excluding this one.
   *
   * @return the dependencies
   */
  List<UdtMetadata<?>> dependencies();
}
