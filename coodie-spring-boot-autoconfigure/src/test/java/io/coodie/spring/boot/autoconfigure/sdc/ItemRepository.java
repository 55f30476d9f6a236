package io.coodie.spring.boot.autoconfigure.sdc;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

/** A plain Spring Data repository of a coodie entity: in strict mode, coodie's because of coodie's @Table. */
public interface ItemRepository extends CrudRepository<Item, String> {

  List<Item> findByIdIn(List<String> ids);
}
