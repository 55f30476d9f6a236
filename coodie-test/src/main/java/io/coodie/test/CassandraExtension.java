package io.coodie.test;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit Jupiter extension behind {@link CassandraTest}: one Cassandra per JVM, one fresh keyspace and session per
 * test class. Needs JUnit Jupiter 5.13 or later.
 */
public final class CassandraExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CassandraExtension.class);
  private static final AtomicInteger KEYSPACES = new AtomicInteger();

  @Override
  public void beforeAll(ExtensionContext context) {
    keyspace(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == CqlSession.class || type == TestKeyspace.class || type == TestCassandra.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == TestCassandra.class) {
      return SharedCassandra.get();
    }
    TestKeyspace keyspace = keyspace(context);
    return type == CqlSession.class ? keyspace.session() : keyspace;
  }

  private static TestKeyspace keyspace(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext.getStore(NAMESPACE)
        .computeIfAbsent(classContext.getRequiredTestClass(), KeyspaceResource::create, KeyspaceResource.class)
        .keyspace();
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    // The outermost class: @Nested classes and test methods share their top-level class's keyspace.
    ExtensionContext current = context;
    while (current.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  /** Creates the keyspace and session on first use; drops and closes them when the class context closes. */
  private record KeyspaceResource(TestKeyspace keyspace) implements AutoCloseable {

    static KeyspaceResource create(Class<?> testClass) {
      TestCassandra cassandra = SharedCassandra.get();
      String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
      CqlIdentifier name = CqlIdentifier.fromInternal(
          "t" + KEYSPACES.incrementAndGet() + "_" + base.substring(0, Math.min(base.length(), 40)));
      try (CqlSession admin = cassandra.sessionBuilder().build()) {
        admin.execute("CREATE KEYSPACE " + name.asCql(true)
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      }
      return new KeyspaceResource(new TestKeyspace(name, cassandra.sessionBuilder().withKeyspace(name).build()));
    }

    @Override
    public void close() {
      try (CqlSession session = keyspace.session()) {
        session.execute("DROP KEYSPACE IF EXISTS " + keyspace.name().asCql(true));
      }
    }
  }
}
