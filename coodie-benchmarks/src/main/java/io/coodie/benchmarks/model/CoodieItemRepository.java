package io.coodie.benchmarks.model;

import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.Iff;

/** A coodie Spring Data repository of {@link CoodieItem}, keyed by {@link ItemId}. */
public interface CoodieItemRepository extends CoodieRepository<CoodieItem, CoodieItemRepository.ItemId> {

  /** The item's primary key. */
  record ItemId(String pk, int ck) {}

  /** Writes the item's changed columns if {@code quantity} still holds {@code expected}. */
  @Iff("quantity = :expected")
  boolean updateIfQuantity(CoodieItem item, int expected);
}
