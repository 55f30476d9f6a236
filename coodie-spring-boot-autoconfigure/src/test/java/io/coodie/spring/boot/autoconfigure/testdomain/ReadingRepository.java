package io.coodie.spring.boot.autoconfigure.testdomain;

import io.coodie.spring.data.repository.CoodieRepository;
import java.util.List;

/** A repository with a composite ID record. */
public interface ReadingRepository extends CoodieRepository<Reading, ReadingId> {

  List<Reading> findBySensor(String sensor);
}
