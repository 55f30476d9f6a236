package io.coodie.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import org.junit.jupiter.api.Test;

@CassandraTest
class OtherCassandraExtensionIT {

  @Test
  void eachClassGetsADifferentKeyspaceOnTheSameNode(TestKeyspace keyspace, TestCassandra cassandra) {
    assertThat(keyspace.name().asInternal()).startsWith("t").endsWith("_othercassandraextensionit");
    assertThat(cassandra).isSameAs(SharedCassandra.get());
    // A table of the same name as another class's does not collide.
    CqlSession session = keyspace.session();
    session.execute("CREATE TABLE kv (k text PRIMARY KEY, v text)");
    assertThat(session.execute("SELECT count(*) FROM kv").one().getLong(0)).isZero();
  }
}
