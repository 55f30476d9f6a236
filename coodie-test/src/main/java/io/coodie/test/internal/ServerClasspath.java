package io.coodie.test.internal;

import eu.maveniverse.maven.mima.context.Context;
import eu.maveniverse.maven.mima.context.ContextOverrides;
import eu.maveniverse.maven.mima.context.Runtimes;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves the runtime classpath of {@code org.apache.cassandra:cassandra-all} in a Maven resolution of its own,
 * so the server's netty, jackson and metrics versions are never mediated against the caller's (the driver's).
 *
 * <p>Resolution goes through MIMA (Maven Resolver with the user's {@code ~/.m2/settings.xml}: mirrors, proxies,
 * credentials, local repository). The resulting classpath is cached in memory per JVM and in a file under the
 * work root, revalidated (every jar still present) before reuse.
 */
public final class ServerClasspath {

  private static final ConcurrentMap<String, String> RESOLVED = new ConcurrentHashMap<>();

  private ServerClasspath() {}

  /** Returns the server classpath for the given Cassandra version, resolving it if needed. */
  public static String forVersion(String version, Path cacheDirectory) {
    return RESOLVED.computeIfAbsent(version, v -> loadOrResolve(v, cacheDirectory));
  }

  private static String loadOrResolve(String version, Path cacheDirectory) {
    Path cacheFile = cacheDirectory.resolve("cassandra-all-" + version + ".classpath");
    try {
      if (Files.isRegularFile(cacheFile)) {
        String cached = Files.readString(cacheFile).trim();
        if (allJarsExist(cached)) {
          return cached;
        }
      }
      String classpath = resolve(version);
      Files.createDirectories(cacheDirectory);
      Path tmp = Files.createTempFile(cacheDirectory, "classpath", ".tmp");
      Files.writeString(tmp, classpath);
      Files.move(tmp, cacheFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return classpath;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot cache the Cassandra " + version + " classpath in " + cacheFile, e);
    }
  }

  private static boolean allJarsExist(String classpath) {
    if (classpath.isEmpty()) {
      return false;
    }
    for (String entry : classpath.split(File.pathSeparator)) {
      if (!Files.isRegularFile(Path.of(entry))) {
        return false;
      }
    }
    return true;
  }

  private static String resolve(String version) {
    ContextOverrides overrides = ContextOverrides.create().withUserSettings(true).build();
    try (Context context = Runtimes.INSTANCE.getRuntime().create(overrides)) {
      CollectRequest collect = new CollectRequest();
      collect.setRoot(new Dependency(
          new DefaultArtifact("org.apache.cassandra:cassandra-all:" + version), JavaScopes.RUNTIME));
      collect.setRepositories(context.remoteRepositories());
      DependencyRequest request =
          new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
      List<ArtifactResult> results = context.repositorySystem()
          .resolveDependencies(context.repositorySystemSession(), request)
          .getArtifactResults();
      return results.stream()
          .map(r -> r.getArtifact().getFile().getAbsolutePath())
          .collect(Collectors.joining(File.pathSeparator));
    } catch (DependencyResolutionException e) {
      throw new IllegalStateException("Cannot resolve org.apache.cassandra:cassandra-all:" + version
          + " from the repositories of ~/.m2/settings.xml (or Maven Central). Check the version and your network"
          + " or mirror settings: " + e.getMessage(), e);
    }
  }
}
