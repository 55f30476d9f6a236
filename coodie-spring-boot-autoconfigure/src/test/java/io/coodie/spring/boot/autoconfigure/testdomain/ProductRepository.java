package io.coodie.spring.boot.autoconfigure.testdomain;

import io.coodie.spring.data.repository.AllowFiltering;
import io.coodie.spring.data.repository.CoodieRepository;
import java.util.List;

/**
 * A repository the auto-configuration registers from the application's package (coodie-spring-data's own tests
 * exercise the query methods).
 */
public interface ProductRepository extends CoodieRepository<Product, String> {

  List<Product> findByCategory(String category);

  @AllowFiltering
  List<Product> findByStockGreaterThan(int stock);
}
