package io.coodie.test.support;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A {@link CqlSession} that never connects but can back a mapper: it has a driver context with the default codec
 * registry and protocol version 5, so statements can be built, rendered and checked; preparing or executing anything
 * fails with {@link IllegalStateException} ("... needs Cassandra"), thrown by a synchronous call, in the future of an asynchronous one. For tests of what is refused before anything is
 * sent; wrap it in a {@link RecordingSession} to see what would have been sent.
 */
public final class OfflineSession {

  private OfflineSession() {}

  /** A new offline session. */
  public static CqlSession create() {
    DriverContext context = (DriverContext) Proxy.newProxyInstance(DriverContext.class.getClassLoader(),
        new Class<?>[] {DriverContext.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getCodecRegistry" -> CodecRegistry.DEFAULT;
          case "getProtocolVersion" -> DefaultProtocolVersion.V5;
          case "getSessionName" -> "offline";
          case "toString" -> "offline DriverContext";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException("offline DriverContext: " + method.getName());
        });
    return (CqlSession) Proxy.newProxyInstance(CqlSession.class.getClassLoader(), new Class<?>[] {CqlSession.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getContext" -> context;
          case "getKeyspace" -> Optional.empty();
          case "getName" -> "offline";
          case "close", "closeAsync", "forceCloseAsync" -> null;
          case "isClosed" -> false;
          case "toString" -> "offline CqlSession";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> {
            IllegalStateException failure =
                new IllegalStateException("offline CqlSession: " + method.getName() + " needs Cassandra");
            // as the driver does: an asynchronous call fails its future, not the call
            if (CompletionStage.class.isAssignableFrom(method.getReturnType())) {
              yield CompletableFuture.failedFuture(failure);
            }
            throw failure;
          }
        });
  }

  /** A session whose every call but {@code close}, {@code toString}, {@code equals} and {@code hashCode} throws
   * {@code failure}: a session that is unreachable or broken from the start. */
  public static CqlSession failing(RuntimeException failure) {
    return (CqlSession) Proxy.newProxyInstance(CqlSession.class.getClassLoader(), new Class<?>[] {CqlSession.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "close" -> null;
          case "toString" -> "failing CqlSession";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw failure;
        });
  }
}
