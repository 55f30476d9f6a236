package io.coodie.spring.data.testdomain;

import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.IndexKind;
import io.coodie.core.api.mapping.IndexOption;
import io.coodie.core.api.mapping.IndexTarget;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import java.util.Map;
import java.util.Set;

/** A product: single-column key, indexes of every kind the derived-query keywords need. */
@Table(name = "products")
public record Product(
    @PartitionKey String sku,
    String name,
    @Index String category,
    @Index(using = IndexKind.SAI) Integer price,
    @Index Set<String> tags,
    @Index(target = IndexTarget.KEYS) Map<String, String> attributes,
    @Index(using = IndexKind.SASI, options = @IndexOption(name = "mode", value = "CONTAINS")) String description,
    @Index Boolean active,
    Long version,
    Integer stock) {

  /** A product with defaults for the rest. */
  public static Product of(String sku, String category, int price) {
    return new Product(sku, "name-" + sku, category, price, Set.of(), Map.of(), "about " + sku, true, 1L, 10);
  }

  public Product withVersion(long newVersion) {
    return new Product(sku, name, category, price, tags, attributes, description, active, newVersion, stock);
  }

  public Product withName(String newName) {
    return new Product(sku, newName, category, price, tags, attributes, description, active, version, stock);
  }

  public Product withTags(Set<String> newTags) {
    return new Product(sku, name, category, price, newTags, attributes, description, active, version, stock);
  }

  public Product withAttributes(Map<String, String> newAttributes) {
    return new Product(sku, name, category, price, tags, newAttributes, description, active, version, stock);
  }

  public Product withDescription(String newDescription) {
    return new Product(sku, name, category, price, tags, attributes, newDescription, active, version, stock);
  }

  public Product withActive(boolean newActive) {
    return new Product(sku, name, category, price, tags, attributes, description, newActive, version, stock);
  }
}
