package io.coodie.spring.data.contract;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import org.springframework.data.annotation.Version;

/** A record with a wrapper {@code @Version}: new while null, inserted with 0. */
@Table(name = "accounts")
public record Account(@PartitionKey String id, String owner, @Version Long version) {

  public Account withOwner(String newOwner) {
    return new Account(id, newOwner, version);
  }
}
