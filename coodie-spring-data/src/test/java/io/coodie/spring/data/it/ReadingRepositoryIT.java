package io.coodie.spring.data.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.coodie.spring.data.repository.CoodiePageRequest;
import io.coodie.spring.data.repository.CoodieSlice;
import io.coodie.spring.data.testdomain.Reading;
import io.coodie.spring.data.testdomain.ReadingId;
import io.coodie.spring.data.testdomain.ReadingRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * {@link ReadingRepository} against the embedded node: keywords on the clustering column, ordering, First/Top,
 * Limit, Sort, Stream, Slice paging with the paging state, async slices, derived deletes, a composite ID record.
 * Each test uses its own sensor (partition).
 */
@SpringJUnitConfig(NodeRepositories.class)
@TestPropertySource(properties = "test.keyspace=coodie_readings_it")
class ReadingRepositoryIT {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Autowired
  ReadingRepository readings;

  private static Instant at(int minute) {
    return T0.plus(minute, ChronoUnit.MINUTES);
  }

  /** Ten readings of {@code sensor}, at minutes 0 to 9 with value 0 to 9. */
  private String load(String sensor) {
    this.readings.insert(IntStream.range(0, 10).mapToObj((i) -> new Reading(sensor, at(i), (double) i, "n" + i))
        .toList());
    return sensor;
  }

  private static List<Integer> minutes(List<Reading> found) {
    return found.stream().map((r) -> (int) ChronoUnit.MINUTES.between(T0, r.at())).toList();
  }

  @Test
  void comparisonsOnTheClusteringColumn() {
    String s = load("cmp");
    assertThat(minutes(this.readings.findBySensor(s))).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(minutes(this.readings.findBySensorAndAtLessThan(s, at(3)))).containsExactly(0, 1, 2);
    assertThat(minutes(this.readings.findBySensorAndAtLessThanEqual(s, at(3)))).containsExactly(0, 1, 2, 3);
    assertThat(minutes(this.readings.findBySensorAndAtGreaterThan(s, at(7)))).containsExactly(8, 9);
    assertThat(minutes(this.readings.findBySensorAndAtGreaterThanEqual(s, at(7)))).containsExactly(7, 8, 9);
    assertThat(minutes(this.readings.findBySensorAndAtBetween(s, at(2), at(4)))).containsExactly(2, 3, 4);
    assertThat(minutes(this.readings.findBySensorAndAtBefore(s, at(1)))).containsExactly(0);
    assertThat(minutes(this.readings.findBySensorAndAtAfter(s, at(8)))).containsExactly(9);
    assertThat(minutes(this.readings.findBySensorAndAtIn(s, List.of(at(1), at(5))))).containsExactly(1, 5);
    assertThat(this.readings.findBySensorAndAt(s, at(4))).get().extracting(Reading::value).isEqualTo(4.0);
  }

  @Test
  void inOnThePartitionKey() {
    load("in-a");
    load("in-b");
    assertThat(this.readings.findBySensorIn(List.of("in-a", "in-b", "in-none"))).hasSize(20);
  }

  @Test
  void orderByFirstTopLimitAndSort() {
    String s = load("ord");
    assertThat(minutes(this.readings.findBySensorOrderByAtDesc(s))).containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    assertThat(this.readings.findFirstBySensorOrderByAtDesc(s)).get().extracting(Reading::value).isEqualTo(9.0);
    assertThat(this.readings.findFirstBySensorOrderByAtDesc("ord-none")).isEmpty();
    assertThat(minutes(this.readings.findTop3BySensorOrderByAtDesc(s))).containsExactly(9, 8, 7);
    assertThat(minutes(this.readings.findBySensor(s, Limit.of(2)))).containsExactly(0, 1);
    assertThat(minutes(this.readings.findBySensor(s, Limit.unlimited()))).hasSize(10);
    assertThat(minutes(this.readings.findBySensor(s, Sort.by(Sort.Direction.DESC, "at")))).startsWith(9, 8);
  }

  @Test
  void allowFilteringAndNot() {
    String s = load("flt");
    assertThat(this.readings.findByValueGreaterThan(8.5)).extracting(Reading::sensor).contains(s);
    assertThat(minutes(this.readings.findBySensorAndNoteNot(s, "n3"))).containsExactly(0, 1, 2, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void streamAndSlicesWithThePagingState() throws Exception {
    String s = load("page");
    try (Stream<Reading> stream = this.readings.streamBySensor(s)) {
      assertThat(stream.map(Reading::value).toList()).hasSize(10);
    }
    List<Reading> all = new ArrayList<>();
    Slice<Reading> slice = this.readings.findBySensor(s, CoodiePageRequest.first(4));
    all.addAll(slice.getContent());
    int slices = 1;
    while (slice.hasNext()) {
      slice = this.readings.findBySensor(s, slice.nextPageable());
      all.addAll(slice.getContent());
      slices++;
    }
    assertThat(minutes(all)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(slices).isBetween(3, 4);
    // resuming from the paging state string, as a client would
    CoodieSlice<Reading> first = this.readings.findSliceBySensorOrderByAtDesc(s, PageRequest.of(0, 6));
    assertThat(minutes(first.getContent())).containsExactly(9, 8, 7, 6, 5, 4);
    String state = first.pagingState().orElseThrow();
    CoodieSlice<Reading> rest = this.readings.findSliceBySensorOrderByAtDesc(s, CoodiePageRequest.of(6, state));
    assertThat(minutes(rest.getContent())).containsExactly(3, 2, 1, 0);
    // asynchronous
    Slice<Reading> async = this.readings.findAsyncBySensor(s, CoodiePageRequest.first(7)).get(10, TimeUnit.SECONDS);
    assertThat(async.getContent()).hasSize(7);
    assertThat(minutes(this.readings.findAsyncBySensor(s, async.nextPageable()).get(10, TimeUnit.SECONDS)
        .getContent())).containsExactly(7, 8, 9);
    // page numbers cannot be skipped to
    assertThatIllegalArgumentException().isThrownBy(() -> this.readings.findBySensor(s, PageRequest.of(2, 3)))
        .withMessageContaining("Cassandra cannot skip to page 2");
    // unpaged: one slice with everything
    assertThat(this.readings.findBySensor(s, Pageable.unpaged()).getContent()).hasSize(10);
  }

  @Test
  void partitionSlicesAndWholeTableSlices() {
    String s = load("part");
    CoodieSlice<Reading> slice = this.readings.findByPartition(CoodiePageRequest.first(6), s);
    assertThat(slice.getContent()).hasSize(6);
    assertThat(this.readings.findByPartition(slice.nextPageable(), s).getContent()).hasSize(4);
    assertThat(this.readings.findByPartition(s)).hasSize(10);
    CoodieSlice<Reading> table = this.readings.findAll(CoodiePageRequest.first(5));
    assertThat(table.getContent()).hasSize(5);
    assertThat(table.hasNext()).isTrue();
  }

  @Test
  void countExistsAndDistinct() {
    String s = load("cnt");
    assertThat(this.readings.countBySensor(s)).isEqualTo(10);
    assertThat(this.readings.existsBySensorAndAt(s, at(3))).isTrue();
    assertThat(this.readings.existsBySensorAndAt(s, at(30))).isFalse();
    assertThat(this.readings.findDistinctBy()).extracting(Reading::sensor).contains(s).doesNotHaveDuplicates();
  }

  @Test
  void derivedDeletes() {
    String s = load("del");
    this.readings.deleteBySensorAndAt(s, at(0));
    assertThat(this.readings.countBySensor(s)).isEqualTo(9);
    // a delete with a timestamp older than the rows deletes nothing
    this.readings.deleteBySensor(s, Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(this.readings.countBySensor(s)).isEqualTo(9);
    this.readings.deleteBySensor(s, null);
    assertThat(this.readings.countBySensor(s)).isZero();
  }

  @Test
  void compositeIdRecord() {
    String s = load("id");
    ReadingId id = new ReadingId(s, at(2));
    assertThat(this.readings.findById(id)).get().extracting(Reading::value).isEqualTo(2.0);
    assertThat(this.readings.existsById(id)).isTrue();
    this.readings.deleteById(id);
    assertThat(this.readings.existsById(id)).isFalse();
    assertThat(this.readings.findAllById(List.of(new ReadingId(s, at(1)), id, new ReadingId(s, at(3)))))
        .extracting(Reading::value).containsExactly(1.0, 3.0);
  }
}
