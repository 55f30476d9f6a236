package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * A {@link CqlSession} that never connects but can back a {@code Coodie}: it has a driver context with the default
 * codec registry, so queries can be built and rendered; executing anything fails.
 */
public final class OfflineSessions {

  private OfflineSessions() {}

  /** A new offline session. */
  public static CqlSession create() {
    DriverContext context = (DriverContext) Proxy.newProxyInstance(DriverContext.class.getClassLoader(),
        new Class<?>[] { DriverContext.class }, (proxy, method, args) -> switch (method.getName()) {
          case "getCodecRegistry" -> CodecRegistry.DEFAULT;
          case "getProtocolVersion" -> DefaultProtocolVersion.V5;
          case "getSessionName" -> "offline";
          case "toString" -> "offline DriverContext";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException("offline DriverContext: " + method.getName());
        });
    return (CqlSession) Proxy.newProxyInstance(CqlSession.class.getClassLoader(), new Class<?>[] { CqlSession.class },
        (proxy, method, args) -> switch (method.getName()) {
          case "getContext" -> context;
          case "getKeyspace" -> Optional.empty();
          case "close" -> null;
          case "toString" -> "offline CqlSession";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new IllegalStateException("offline CqlSession: " + method.getName() + " needs Cassandra");
        });
  }
}
