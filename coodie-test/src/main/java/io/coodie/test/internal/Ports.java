package io.coodie.test.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** Finds TCP ports that are free on every given address. */
public final class Ports {

  private Ports() {}

  /** A port that can currently be bound on all {@code addresses}. */
  public static int freeOnAll(List<String> addresses) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port;
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(InetAddress.getByName(addresses.get(0)), 0));
        port = socket.getLocalPort();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot bind a port on " + addresses.get(0), e);
      }
      if (addresses.stream().skip(1).allMatch(a -> isFree(a, port))) {
        return port;
      }
    }
    throw new IllegalStateException("No port free on all of " + addresses + " after 50 attempts");
  }

  private static boolean isFree(String address, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
