package io.coodie.sample.orders;

import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.CoodieSlice;
import org.springframework.data.domain.Pageable;

/** Orders, by {@link OrderKey}. */
public interface OrderRepository extends CoodieRepository<Order, OrderKey> {

  /**
   * One page of a customer's orders, in clustering order (newest first), with the paging state of the next.
   * Derived from the method name: {@code SELECT * FROM orders WHERE username = ?}.
   */
  CoodieSlice<Order> findByUsername(String username, Pageable pageable);
}
