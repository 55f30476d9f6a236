package io.coodie.test.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes sure no node outlives the JVM that started it.
 *
 * <ul>
 *   <li>On Linux every node is launched through {@code setpriv --pdeathsig KILL}, so the kernel kills it when its
 *       parent goes away, even if this JVM is SIGKILLed (a Surefire timeout, an IDE stop button). The death signal
 *       follows the launching <em>thread</em>, so all nodes are launched from one long-lived daemon thread.</li>
 *   <li>A shutdown hook kills every node still running at a normal JVM exit.</li>
 * </ul>
 */
public final class ProcessGuard {

  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
  private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "coodie-cassandra-launcher");
    t.setDaemon(true);
    return t;
  });

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ProcessGuard::killAll, "coodie-cassandra-reaper"));
  }

  private ProcessGuard() {}

  /** Prefix that makes the launched command die with this JVM and, as root, not lock its heap in memory. */
  public static List<String> commandPrefix() {
    List<String> prefix = new ArrayList<>();
    Path setpriv = Path.of("/usr/bin/setpriv");
    if (Files.isExecutable(setpriv)) {
      prefix.add(setpriv.toString());
      prefix.add("--pdeathsig");
      prefix.add("KILL");
      if ("root".equals(System.getProperty("user.name"))) {
        // As root, mlockall succeeds and pins the whole heap: ~1 GiB more RSS per node, and a slower start.
        prefix.add("--bounding-set=-ipc_lock");
      }
    }
    return prefix;
  }

  /** Starts the process from the launcher thread and tracks it until {@link #forget(Process)}. */
  public static Process launch(ProcessBuilder builder) {
    Future<Process> started = LAUNCHER.submit(builder::start);
    try {
      Process process = started.get();
      LIVE.add(process);
      return process;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new UncheckedIOException("Cannot launch " + builder.command().get(0),
          cause instanceof IOException io ? io : new IOException(cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while launching a Cassandra node", e);
    }
  }

  /** Stops tracking a process that has exited. */
  public static void forget(Process process) {
    LIVE.remove(process);
  }

  private static void killAll() {
    for (Process p : LIVE) {
      p.destroyForcibly();
    }
    for (Process p : LIVE) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
