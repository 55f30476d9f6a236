package io.coodie.sample.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.coodie.core.api.mapping.Discriminator;
import io.coodie.core.api.mapping.DiscriminatorValue;
import io.coodie.core.api.mapping.Table;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A product of the catalog. Every kind lives in the one {@code products} table, whose {@code kind} column (managed by
 * coodie, not a property) says which record a row is read back as: the table has the columns of all kinds, and a
 * row of one kind leaves the others' unset. The same {@code kind} selects the record in JSON.
 *
 * <p>Products are their own JSON representation, validated with Jakarta constraints on the records.
 */
@Table(name = "products")
@Discriminator(column = "kind")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind")
@JsonPropertyOrder("kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = Book.class, name = "book"),
    @JsonSubTypes.Type(value = Gadget.class, name = "gadget") })
public sealed interface Product permits Book, Gadget {

  /** The kind, {@code book} or {@code gadget}: the discriminator value, also written in JSON. Not a column. */
  @JsonProperty("kind")
  default String kind() {
    return getClass().getAnnotation(DiscriminatorValue.class).value();
  }

  /** The partition key. */
  String sku();

  String name();

  BigDecimal price();

  /** Units in stock; reservations take from it with a conditional update. */
  Integer stock();

  /** A set column (not frozen): updates add and remove single elements. */
  Set<String> tags();
}
