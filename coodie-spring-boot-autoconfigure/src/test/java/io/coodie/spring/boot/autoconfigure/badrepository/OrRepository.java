package io.coodie.spring.boot.autoconfigure.badrepository;

import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.boot.autoconfigure.testdomain.Product;
import java.util.List;

/** A repository whose method cannot be implemented: Cassandra has no OR. */
public interface OrRepository extends CoodieRepository<Product, String> {

  List<Product> findByCategoryOrName(String category, String name);
}
