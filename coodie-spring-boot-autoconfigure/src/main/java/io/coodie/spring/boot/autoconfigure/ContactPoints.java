package io.coodie.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code coodie.contact-points} entries into the driver's {@code host:port} form. */
final class ContactPoints {

  private ContactPoints() {}

  /**
   * Each entry as {@code host:port}, {@code defaultPort} filled in where absent. Accepts {@code host},
   * {@code host:port}, a bare IPv6 address and {@code [ipv6]:port}.
   *
   * @throws IllegalArgumentException naming the entry when it is blank or its port is not a port
   */
  static List<String> normalize(List<String> contactPoints, int defaultPort) {
    List<String> result = new ArrayList<>(contactPoints.size());
    for (int i = 0; i < contactPoints.size(); i++) {
      result.add(normalize(contactPoints.get(i), defaultPort, "coodie.contact-points[" + i + "]"));
    }
    return List.copyOf(result);
  }

  private static String normalize(String entry, int defaultPort, String key) {
    String value = entry == null ? "" : entry.trim();
    String host = value;
    String port = null;
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      if (end < 0 || (end + 1 < value.length() && value.charAt(end + 1) != ':')) {
        throw invalid(key, entry, "expected [ipv6-address]:port");
      }
      host = value.substring(1, end);
      port = end + 1 < value.length() ? value.substring(end + 2) : null;
    } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
      host = value.substring(0, value.indexOf(':'));
      port = value.substring(value.indexOf(':') + 1);
    }
    if (host.isBlank()) {
      throw invalid(key, entry, "no host");
    }
    return host + ":" + (port == null ? defaultPort : parsePort(port, key, entry));
  }

  private static int parsePort(String port, String key, String entry) {
    try {
      int value = Integer.parseInt(port);
      if (value > 0 && value <= 65535) {
        return value;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw invalid(key, entry, "the port must be a number between 1 and 65535");
  }

  private static IllegalArgumentException invalid(String key, String entry, String reason) {
    return new IllegalArgumentException(key + " '" + entry + "' is not host, host:port or [ipv6]:port: " + reason);
  }
}
