package io.coodie.test.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The server JVM flags measured to start Cassandra 5.0 quickly and safely on Java 17 (and 11). */
public final class JvmOptions {

  /** The module flags of Cassandra's {@code conf/jvm17-server.options}; without them the server cannot start. */
  private static final List<String> JPMS = List.of(
      "-Djdk.attach.allowAttachSelf=true",
      "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
      "--add-exports", "java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
      "--add-exports", "java.rmi/sun.rmi.registry=ALL-UNNAMED",
      "--add-exports", "java.rmi/sun.rmi.server=ALL-UNNAMED",
      "--add-exports", "java.sql/java.sql=ALL-UNNAMED",
      "--add-exports", "java.base/java.lang.ref=ALL-UNNAMED",
      "--add-exports", "jdk.unsupported/sun.misc=ALL-UNNAMED",
      "--add-exports", "jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
      "--add-exports", "jdk.attach/sun.tools.attach=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang.module=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.loader=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.reflect=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.math=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.module=ALL-UNNAMED",
      "--add-opens", "java.base/jdk.internal.util.jar=ALL-UNNAMED",
      "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
      "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens", "java.base/java.io=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens", "jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
      "--add-opens", "java.base/java.lang=ALL-UNNAMED",
      "--add-opens", "java.base/java.util=ALL-UNNAMED");

  private JvmOptions() {}

  /** Full {@code java ...} argument list (without the executable) for a node living in {@code dir}. */
  public static List<String> forNode(JavaRuntime java, Path dir, String heap, List<String> extra) {
    List<String> args = new ArrayList<>();
    args.add("-Xms" + heap);
    args.add("-Xmx" + heap);
    args.add("-XX:+UseSerialGC");
    // C1 only: faster start, and more throughput on 2 cores where C2 threads compete with the server.
    args.add("-XX:TieredStopAtLevel=1");
    args.add("-Xss256k");
    args.add("-XX:+HeapDumpOnOutOfMemoryError");
    args.add("-XX:HeapDumpPath=" + dir.resolve("logs"));
    args.add("-XX:+ExitOnOutOfMemoryError");
    args.add("-XX:+PerfDisableSharedMem");
    args.add("-Djava.net.preferIPv4Stack=true");
    // Native libraries (lz4, snappy) are unpacked here, so they go away with the node's directory.
    args.add("-Djava.io.tmpdir=" + dir.resolve("tmp"));
    if (java.featureVersion() >= 17) {
      args.addAll(JPMS);
    }
    args.add("-Dio.netty.tryReflectionSetAccessible=true");
    args.add("-Dio.netty.allocator.useCacheForAllThreads=true");
    args.add("-Dio.netty.allocator.maxOrder=11");
    args.add("-Dcassandra.config=" + dir.resolve("conf/cassandra.yaml").toUri());
    args.add("-Dlogback.configurationFile=" + dir.resolve("conf/logback.xml").toUri());
    args.add("-Dcassandra.logdir=" + dir.resolve("logs"));
    args.add("-Dcassandra.storagedir=" + dir);
    args.add("-Dcassandra.triggers_dir=" + dir.resolve("triggers"));
    args.add("-Dcassandra-foreground=true");
    // Test flags: skip a 1.5 s memtable estimate, fsync, gossip settling and the shutdown announcement.
    args.add("-Dcassandra.memtable_row_overhead_computation_step=100");
    args.add("-Dcassandra.skip_sync=true");
    args.add("-Dcassandra.shutdown_announce_in_ms=0");
    args.add("-Dcassandra.test.messagingService.nonGracefulShutdown=true");
    args.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
    args.add("-Dcassandra.ring_delay_ms=1000");
    args.addAll(extra);
    return args;
  }
}
