package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.test.CassandraTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stored values the Java model cannot hold, such as an enum constant that was renamed or removed. The read fails
 * with a {@link MappingException} naming the entity, the property, the column and the primary key columns, never a
 * value (the stored value and the key can be personal data); the other columns stay readable through
 * {@code defer(...)}.
 */
@CassandraTest
class StoredValueIT {

  enum Status { OPEN, CLOSED }

  @Table
  record Ticket(@PartitionKey String owner, @ClusteringColumn int seq, Status status, Status priority,
      String note) {}

  static final String PREFIX = "Cannot read io.coodie.core.it.badinput.StoredValueIT$Ticket.";
  static final String SUFFIX = " of a row of ticket (primary key columns [owner, seq]): ";
  static final String FIX = ". Fix the stored value or the Java type; query other columns with only(...) or"
      + " defer(...) meanwhile";
  static CqlSession session;
  static EntityOperations<Ticket> tickets;

  @BeforeAll
  static void setUp(CqlSession cqlSession) {
    session = cqlSession;
    session.execute("CREATE TABLE ticket (owner text, seq int, status text, priority int, note text,"
        + " PRIMARY KEY (owner, seq))");
    tickets = Coodie.create(session).entity(Ticket.class);
    session.execute("INSERT INTO ticket (owner, seq, status, priority, note) VALUES ('alice@example.com', 1,"
        + " 'OPEN', 1, 'fine')");
    session.execute("INSERT INTO ticket (owner, seq, status, note) VALUES ('alice@example.com', 2, 'REOPENED_X',"
        + " 'bad name')");
    session.execute("INSERT INTO ticket (owner, seq, status, priority, note) VALUES ('bob@example.com', 1, 'OPEN',"
        + " 7, 'bad ordinal')");
  }

  @Test
  void anUnknownEnumNameNamesEntityPropertyColumnAndKeyColumnsButNoValue() {
    String message = PREFIX + "status from column status" + SUFFIX + "the stored name is not a constant of"
        + " io.coodie.core.it.badinput.StoredValueIT$Status (renamed or removed?)" + FIX;
    assertThatThrownBy(() -> tickets.get("alice@example.com", 2))
        .isInstanceOf(MappingException.class).hasMessage(message)
        .hasMessageNotContaining("REOPENED_X").hasMessageNotContaining("alice")
        .cause().hasMessageNotContaining("REOPENED_X");
    assertThatThrownBy(() -> tickets.query().where("owner").eq("alice@example.com").list())
        .isInstanceOf(MappingException.class).hasMessage(message);
    assertThatThrownBy(() -> tickets.fromRow(session.execute("SELECT * FROM ticket WHERE owner = 'alice@example.com'"
        + " AND seq = 2").one()))
        .isInstanceOf(MappingException.class).hasMessage(message);
    assertThat(tickets.get("alice@example.com", 1)).map(Ticket::status).contains(Status.OPEN);
    assertThat(tickets.query().where("owner").eq("alice@example.com").defer("status").list())
        .extracting(Ticket::note).containsExactly("fine", "bad name");
  }

  @Test
  void anOrdinalOutOfRangeNamesEntityPropertyColumnAndKeyColumnsButNoValue() {
    assertThatThrownBy(() -> tickets.get("bob@example.com", 1))
        .isInstanceOf(MappingException.class)
        .hasMessage(PREFIX + "priority from column priority" + SUFFIX + "the stored ordinal is not one of the 2"
            + " constants of io.coodie.core.it.badinput.StoredValueIT$Status" + FIX)
        .hasMessageNotContaining("7").hasMessageNotContaining("bob");
    assertThatThrownBy(() -> tickets.query().list()).isInstanceOf(MappingException.class);
  }
}
