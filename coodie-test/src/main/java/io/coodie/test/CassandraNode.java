package io.coodie.test;

import io.coodie.test.internal.ProcessGuard;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Cassandra server process of an {@link EmbeddedCassandra} cluster.
 *
 * <p>A node can be stopped gracefully ({@link #stop()}), killed with SIGKILL ({@link #kill()}) and started again on
 * its existing data ({@link #start()}), which is what failover tests need. Methods are thread-safe.
 */
public final class CassandraNode {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final String name;
  private final Path directory;
  private final String address;
  private final int nativePort;
  private final List<String> command;
  private final Duration startupTimeout;
  private Process process;

  CassandraNode(String name, Path directory, String address, int nativePort, List<String> command,
      Duration startupTimeout) {
    this.name = name;
    this.directory = directory;
    this.address = address;
    this.nativePort = nativePort;
    this.command = List.copyOf(command);
    this.startupTimeout = startupTimeout;
  }

  /** Name of the node ({@code node1}, {@code node2}, ...). */
  public String name() {
    return name;
  }

  /** The IP address the node listens on, for example {@code 127.0.0.2}. */
  public String address() {
    return address;
  }

  /** The node's CQL (native transport) port. */
  public int nativePort() {
    return nativePort;
  }

  /** Address and CQL port, ready for {@code CqlSession.builder().addContactPoint(...)}. */
  public InetSocketAddress contactPoint() {
    return new InetSocketAddress(address, nativePort);
  }

  /** The node's own directory: {@code conf/}, {@code data/}, {@code logs/system.log}, ... */
  public Path directory() {
    return directory;
  }

  /** Whether the node's process is alive. */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Process id of the running node. */
  public synchronized long pid() {
    if (process == null) {
      throw new IllegalStateException(name + " is not running");
    }
    return process.pid();
  }

  /**
   * Starts the node (again, on its existing data) and waits until it accepts CQL connections.
   *
   * @throws IllegalStateException if the process dies or does not accept connections in time; the message carries
   *     the end of the node's log
   */
  public synchronized void start() {
    launch();
    awaitReady();
  }

  /** Stops the node with SIGTERM (flushing and announcing its shutdown), or SIGKILL if it takes over 20 s. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    release();
  }

  /** Kills the node with SIGKILL, as a crash would; {@link #start()} restarts it from its commit log. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    release();
  }

  synchronized void launch() {
    if (isRunning()) {
      throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("logs/stdout.log").toFile()));
    builder.environment().put("MALLOC_ARENA_MAX", "4");
    process = ProcessGuard.launch(builder);
  }

  synchronized void awaitReady() {
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        int exit = process.exitValue();
        release();
        throw new IllegalStateException(name + " exited with code " + exit + " during startup.\n" + logTail());
      }
      if (acceptsConnections()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
        throw new IllegalStateException("Interrupted while waiting for " + name + " to start", e);
      }
    }
    kill();
    throw new IllegalStateException(name + " did not accept CQL connections on " + address + ":" + nativePort
        + " within " + startupTimeout.toSeconds() + " s; it was killed.\n" + logTail());
  }

  private boolean acceptsConnections() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, nativePort), 250);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void release() {
    ProcessGuard.forget(process);
    process = null;
  }

  /** The last lines of the node's logs, for error messages. */
  String logTail() {
    StringBuilder out = new StringBuilder();
    for (String log : new String[] {"logs/stdout.log", "logs/system.log"}) {
      Path file = directory.resolve(log);
      try {
        if (Files.isRegularFile(file)) {
          List<String> lines = Files.readAllLines(file);
          List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 30), lines.size()));
          out.append("--- last lines of ").append(file).append(" ---\n").append(String.join("\n", tail))
              .append('\n');
        }
      } catch (IOException e) {
        out.append("(cannot read ").append(file).append(": ").append(e.getMessage()).append(")\n");
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return name + "@" + address + ":" + nativePort;
  }
}
