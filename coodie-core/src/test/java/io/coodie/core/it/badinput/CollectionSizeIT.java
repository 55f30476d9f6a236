package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.test.CassandraTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collection sizes. The 65,535-element limit belonged to native protocol v2, which the 4.x driver no longer
 * speaks: coodie imposes no such hidden limit, and a 70,000-element list round-trips. What is too large is a
 * request over the server's message limit: it is refused with the server's message and nothing is written.
 */
@CassandraTest
class CollectionSizeIT {

  @Table
  record Bag(@PartitionKey String id, List<Integer> items) {}

  static EntityOperations<Bag> bags;

  @BeforeAll
  static void setUp(CqlSession session) {
    session.execute("CREATE TABLE bag (id text PRIMARY KEY, items list<int>)");
    bags = Coodie.create(session).entity(Bag.class);
  }

  @Test
  void moreThan65535ElementsRoundTrip() {
    bags.insert(new Bag("large", IntStream.range(0, 70_000).boxed().toList()));
    assertThat(bags.get("large").orElseThrow().items()).hasSize(70_000).endsWith(69_999);
  }

  @Test
  void aRequestOverTheServerLimitIsRefusedAndNothingIsWritten() {
    List<Integer> huge = IntStream.range(0, 1_200_000).boxed().toList();
    assertThatThrownBy(() -> bags.insert(new Bag("huge", huge)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("exceeds allowed maximum");
    assertThat(bags.get("huge")).isEmpty();
  }
}
