package io.coodie.spring.boot.autoconfigure.diagnostics;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.metadata.EndPoint;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/** What the failure analyzers say about connections: addresses, errors and the configured keys. */
final class Connections {

  private Connections() {}

  /** {@code host:port} of an end point, as {@code spring.cassandra.contact-points} has it. */
  static String address(EndPoint endPoint) {
    SocketAddress address;
    try {
      address = endPoint.resolve();
    } catch (RuntimeException ex) {
      return endPoint.toString();
    }
    if (address instanceof InetSocketAddress inet) {
      return inet.getHostString() + ":" + inet.getPort();
    }
    return String.valueOf(address);
  }

  /** The first authentication error of any node, if the failure is one of credentials. */
  static @Nullable AuthenticationException authenticationError(AllNodesFailedException failure) {
    for (List<Throwable> errors : failure.getAllErrors().values()) {
      for (Throwable error : errors) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
          if (cause instanceof AuthenticationException authentication) {
            return authentication;
          }
        }
      }
    }
    return null;
  }

  /** One line per node tried: its address and the message of its (innermost) error. */
  static String tried(AllNodesFailedException failure) {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<Node, List<Throwable>> entry : failure.getAllErrors().entrySet()) {
      lines.append("    ").append(address(entry.getKey().getEndPoint())).append(": ");
      List<Throwable> errors = entry.getValue();
      lines.append(errors.isEmpty() ? "no error reported" : describe(errors.get(0))).append('\n');
    }
    return lines.toString();
  }

  /** The type and message of the innermost cause of {@code error}. */
  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** {@code key=value} as set in the environment, or {@code key is not set} with what applies then. */
  static String setting(Environment environment, String key, String whenUnset) {
    String value = environment.getProperty(key);
    if (value == null) {
      // lists bound from indexed keys (YAML sequences)
      StringBuilder indexed = new StringBuilder();
      for (int i = 0; environment.getProperty(key + "[" + i + "]") != null; i++) {
        indexed.append(i == 0 ? "" : ",").append(environment.getProperty(key + "[" + i + "]"));
      }
      value = indexed.length() == 0 ? null : indexed.toString();
    }
    return value == null ? key + " is not set (" + whenUnset + ")" : key + "=" + value;
  }
}
