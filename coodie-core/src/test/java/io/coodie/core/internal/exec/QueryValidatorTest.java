package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.QueryValidationException;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.IndexKind;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Ordering;
import io.coodie.core.internal.cql.Relation;
import io.coodie.core.internal.mapping.EntityMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client-side checks of a SELECT's restrictions and ordering, offline. */
class QueryValidatorTest {

  @Table
  record Event(@PartitionKey(0) String a, @PartitionKey(1) int b, @ClusteringColumn(0) int c,
      @ClusteringColumn(1) int d, @ClusteringColumn(2) @Index int e, String plain, @Static String label,
      @Index String legacy, @Index String legacy2, @Index(using = IndexKind.SAI) String sai,
      @Index(using = IndexKind.SAI) String sai2, @Index int indexedPlain) {}

  private static final EntityMetadata<Event> EVENT = EntityMapper.of(Event.class).metadata();
  private static final String NAME = Event.class.getName();

  /** A query under construction: restrictions, orderings and whether it allows filtering. */
  private static final class Select {
    final List<Relation> where = new ArrayList<>();
    final List<Ordering> orderBy = new ArrayList<>();
    boolean allowFiltering;

    Select where(String property, Operator op) {
      where.add(new Relation.OnColumn(column(property), op));
      return this;
    }

    Select entry(String property) {
      where.add(new Relation.OnMapEntry(column(property)));
      return this;
    }

    Select token() {
      where.add(new Relation.OnToken(List.of(column("a"), column("b")), Operator.GT, true));
      return this;
    }

    Select orderBy(String property) {
      orderBy.add(new Ordering(column(property), com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder.ASC));
      return this;
    }

    Select allowFiltering() {
      allowFiltering = true;
      return this;
    }

    void validate() {
      QueryValidator.validate(EVENT, where, orderBy, allowFiltering);
    }
  }

  private static CqlIdentifier column(String property) {
    return EVENT.column(property).name();
  }

  private static Select select() {
    return new Select();
  }

  private static Select partition() {
    return select().where("a", Operator.EQ).where("b", Operator.IN);
  }

  private static void ok(Select select) {
    assertThatCode(select::validate).doesNotThrowAnyException();
  }

  /** Refused with the message; fixedByAllowFiltering() exactly when the message offers allowFiltering(). */
  private static void refused(Select select, String message) {
    assertThatThrownBy(select::validate).isInstanceOf(QueryValidationException.class).hasMessageContaining(message)
        .satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(((QueryValidationException) ex)
            .fixedByAllowFiltering()).isEqualTo(ex.getMessage().contains("allowFiltering()")));
  }

  @Test
  void theWholePartitionKeyByEqualityOrInIsEnough() {
    ok(select());
    ok(partition());
    ok(partition().where("c", Operator.EQ).where("d", Operator.GT));
    ok(partition().where("c", Operator.IN).where("d", Operator.LTE));
  }

  @Test
  void aPartitionKeyRangeNeedsTheTokenOrFiltering() {
    refused(select().where("a", Operator.GT).where("b", Operator.EQ),
        NAME + ".a is a partition key column: it can only be restricted with eq or in");
    ok(select().where("a", Operator.GT).where("b", Operator.EQ).allowFiltering());
    ok(select().token());
  }

  @Test
  void aRegularOrStaticColumnNeedsAnIndexOrFiltering() {
    refused(partition().where("plain", Operator.EQ), "Filtering on " + NAME + ".plain needs an index");
    refused(partition().where("label", Operator.EQ), "Filtering on " + NAME + ".label needs an index");
    refused(partition().entry("plain"), "Filtering on " + NAME + ".plain");
    ok(partition().where("plain", Operator.EQ).allowFiltering());
    ok(select().where("legacy", Operator.EQ));
    ok(select().where("sai", Operator.GT));
  }

  @Test
  void severalLegacyIndexesNeedFilteringButSaiIndexesCombine() {
    refused(select().where("legacy", Operator.EQ).where("legacy2", Operator.EQ),
        "Restricting several indexed columns of " + NAME + " [legacy, legacy2] needs allowFiltering()");
    refused(select().where("legacy", Operator.EQ).where("sai", Operator.EQ), "several indexed columns");
    ok(select().where("sai", Operator.EQ).where("sai2", Operator.EQ));
    ok(select().where("legacy", Operator.EQ).where("legacy2", Operator.EQ).allowFiltering());
    ok(select().where("legacy", Operator.EQ).where("e", Operator.EQ)); // e is a key column
  }

  @Test
  void partOfThePartitionKeyNeedsFiltering() {
    refused(select().where("a", Operator.EQ),
        "Restricting " + NAME + ".a without every partition key column [a, b] needs allowFiltering()");
    refused(select().where("b", Operator.IN), "Restricting " + NAME + ".b without every partition key column");
    ok(select().where("a", Operator.EQ).allowFiltering());
    ok(select().where("a", Operator.EQ).token());
  }

  @Test
  void aClusteringColumnWithoutThePartitionNeedsFiltering() {
    refused(select().where("c", Operator.EQ), "Restricting the clustering column " + NAME + ".c without the whole"
        + " partition key [a, b] needs allowFiltering()");
    ok(select().where("c", Operator.EQ).allowFiltering());
    ok(select().token().where("c", Operator.EQ));
    ok(select().where("e", Operator.EQ)); // indexed
  }

  @Test
  void clusteringColumnsAreRestrictedInOrder() {
    refused(partition().where("d", Operator.EQ),
        "Restricting the clustering column " + NAME + ".d needs the preceding clustering column c restricted, or");
    refused(partition().where("c", Operator.GT).where("d", Operator.EQ),
        "Restricting the clustering column " + NAME + ".d needs the preceding clustering column c restricted with"
            + " eq or in, or allowFiltering()");
    refused(partition().where("c", Operator.EQ).where("c", Operator.GT).where("d", Operator.EQ),
        "preceding clustering column c restricted with eq or in");
    refused(partition().where("c", Operator.GT).where("c", Operator.EQ).where("d", Operator.EQ),
        "preceding clustering column c restricted with eq or in");
    ok(partition().where("d", Operator.EQ).allowFiltering());
    ok(partition().where("e", Operator.EQ)); // an indexed clustering column needs no prefix
    ok(partition().where("c", Operator.EQ).where("d", Operator.EQ).where("e", Operator.GT));
  }

  @Test
  void onlyClusteringColumnsOfARestrictedPartitionAreOrdered() {
    ok(partition().orderBy("c"));
    refused(partition().orderBy("plain"), "Cannot order " + NAME + " by plain: only clustering columns [c, d, e]");
    refused(partition().orderBy("a"), "Cannot order " + NAME + " by a");
    refused(select().orderBy("c"), "Ordering " + NAME + " needs the whole partition key [a, b] restricted");
    refused(select().where("a", Operator.EQ).allowFiltering().orderBy("c"), "Ordering " + NAME + " needs");
    refused(select().where("a", Operator.EQ).where("b", Operator.GT).allowFiltering().orderBy("c"),
        "Ordering " + NAME + " needs");
  }
}
