package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.session.SessionBuilder;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;

/** Test helpers: a {@link CqlSession} that never connects, and a look into a builder's state. */
public final class TestSessions {

  private TestSessions() {}

  /** A session whose every call but {@code close}/{@code toString} fails with {@code failure}. */
  public static CqlSession stub(RuntimeException failure) {
    return (CqlSession) Proxy.newProxyInstance(CqlSession.class.getClassLoader(), new Class<?>[] { CqlSession.class },
        (proxy, method, args) -> switch (method.getName()) {
          case "close" -> null;
          case "toString" -> "stub CqlSession";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw failure;
        });
  }

  /** The keyspace a builder will bind its session to. */
  static CqlIdentifier keyspaceOf(CqlSessionBuilder builder) throws ReflectiveOperationException {
    Field field = SessionBuilder.class.getDeclaredField("keyspace");
    field.setAccessible(true);
    return (CqlIdentifier) field.get(builder);
  }
}
