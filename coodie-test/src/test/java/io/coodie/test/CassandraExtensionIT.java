package io.coodie.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@CassandraTest
class CassandraExtensionIT {

  static CqlSession sessionSeenBeforeAll;

  @BeforeAll
  static void createTable(CqlSession session) {
    sessionSeenBeforeAll = session;
    session.execute("CREATE TABLE kv (k text PRIMARY KEY, v text)");
  }

  @Test
  void givesTheClassASessionOnItsOwnFreshKeyspace(CqlSession session, TestKeyspace keyspace) {
    assertThat(session).isSameAs(sessionSeenBeforeAll).isSameAs(keyspace.session());
    assertThat(session.getKeyspace()).contains(keyspace.name());
    session.execute("INSERT INTO kv (k, v) VALUES ('a', 'b')");
    assertThat(session.execute("SELECT v FROM kv WHERE k = 'a'").one().getString(0)).isEqualTo("b");
  }

  @Test
  void sharesOneCassandraPerJvm(TestCassandra cassandra) {
    assertThat(cassandra).isSameAs(SharedCassandra.get());
    assertThat(cassandra.embedded()).isPresent();
  }

  @Nested
  class NestedClass {
    @Test
    void seesTheEnclosingClassKeyspace(CqlSession session) {
      assertThat(session).isSameAs(sessionSeenBeforeAll);
    }
  }
}
