package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.session.SessionBuilder;
import java.lang.reflect.Field;

/** Test helpers: a look into a builder's state (stand-in sessions are in coodie-test's io.coodie.test.support). */
public final class TestSessions {

  private TestSessions() {}

  /** The keyspace a builder will bind its session to. */
  static CqlIdentifier keyspaceOf(CqlSessionBuilder builder) throws ReflectiveOperationException {
    Field field = SessionBuilder.class.getDeclaredField("keyspace");
    field.setAccessible(true);
    return (CqlIdentifier) field.get(builder);
  }
}
