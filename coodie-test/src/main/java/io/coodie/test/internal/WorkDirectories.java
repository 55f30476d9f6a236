package io.coodie.test.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Cluster directories under a shared work root. Each records the pid of the JVM that owns it, so directories left
 * by JVMs that died without cleaning up are removed by the next run.
 */
public final class WorkDirectories {

  private static final String OWNER = "owner.pid";

  private WorkDirectories() {}

  /** The default work root: {@code ${java.io.tmpdir}/coodie-cassandra}. */
  public static Path defaultRoot() {
    return Path.of(System.getProperty("java.io.tmpdir"), "coodie-cassandra");
  }

  /** Creates a new cluster directory owned by this JVM, after removing those of dead JVMs. */
  public static Path newClusterDirectory(Path root) {
    try {
      Files.createDirectories(root);
      removeOrphans(root);
      Path dir = Files.createTempDirectory(root, "cluster-");
      Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a Cassandra work directory under " + root, e);
    }
  }

  private static void removeOrphans(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(d -> d.getFileName().toString().startsWith("cluster-")).forEach(d -> {
        Path owner = d.resolve(OWNER);
        try {
          if (Files.isRegularFile(owner)) {
            long pid = Long.parseLong(Files.readString(owner).trim());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
              return;
            }
          }
          delete(d);
        } catch (IOException | RuntimeException e) {
          // Another JVM may be removing it at the same time; it is only a leftover.
        }
      });
    }
  }

  /** Deletes a directory tree; missing files are ignored. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + dir, e);
    }
  }
}
