package io.coodie.spring.data.testdomain;

import io.coodie.spring.data.repository.AllowFiltering;
import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.CoodieSlice;
import io.coodie.spring.data.repository.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/** Readings: clustering-column keywords, ordering, limits, paging, a composite ID record. */
public interface ReadingRepository extends CoodieRepository<Reading, ReadingId> {

  List<Reading> findBySensor(String sensor);

  List<Reading> findBySensorAndAtLessThan(String sensor, Instant at);

  List<Reading> findBySensorAndAtLessThanEqual(String sensor, Instant at);

  List<Reading> findBySensorAndAtGreaterThan(String sensor, Instant at);

  List<Reading> findBySensorAndAtGreaterThanEqual(String sensor, Instant at);

  List<Reading> findBySensorAndAtBetween(String sensor, Instant from, Instant to);

  List<Reading> findBySensorAndAtBefore(String sensor, Instant at);

  List<Reading> findBySensorAndAtAfter(String sensor, Instant at);

  List<Reading> findBySensorAndAtIn(String sensor, Collection<Instant> ats);

  List<Reading> findBySensorIn(Collection<String> sensors);

  List<Reading> findBySensorOrderByAtDesc(String sensor);

  Optional<Reading> findFirstBySensorOrderByAtDesc(String sensor);

  List<Reading> findTop3BySensorOrderByAtDesc(String sensor);

  List<Reading> findBySensor(String sensor, Limit limit);

  List<Reading> findBySensor(String sensor, Sort sort);

  Stream<Reading> streamBySensor(String sensor);

  Slice<Reading> findBySensor(String sensor, Pageable pageable);

  CoodieSlice<Reading> findSliceBySensorOrderByAtDesc(String sensor, Pageable pageable);

  CompletableFuture<Slice<Reading>> findAsyncBySensor(String sensor, Pageable pageable);

  Optional<Reading> findBySensorAndAt(String sensor, Instant at);

  long countBySensor(String sensor);

  boolean existsBySensorAndAt(String sensor, Instant at);

  void deleteBySensorAndAt(String sensor, Instant at);

  void deleteBySensor(String sensor, @Timestamp Instant before);

  @AllowFiltering
  List<Reading> findByValueGreaterThan(double value);

  @AllowFiltering
  List<Reading> findBySensorAndNoteNot(String sensor, String note);

  List<Reading> findDistinctBy();
}
