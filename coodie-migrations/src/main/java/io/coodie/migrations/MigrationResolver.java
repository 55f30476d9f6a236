package io.coodie.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds migrations in locations.
 *
 * <ul>
 *   <li>{@code classpath:db/cassandra} (or just {@code db/cassandra}): every {@code V*.cql} resource under that path
 *       and below, in directories and jars of the class loader, and every concrete {@link JavaMigration} class in
 *       that package and below (class files whose simple name starts with {@code V} and a digit, or any class
 *       implementing {@link JavaMigration}). A jar must have directory entries (Maven's jar plugin writes them).
 *   <li>{@code filesystem:/path/to/dir}: every {@code V*.cql} file under the directory and below.
 * </ul>
 *
 * A location that does not exist holds no migration. Other files are ignored, except a {@code .cql} file whose name
 * starts with {@code V} and a digit but does not follow {@code V<version>__<description>.cql}, which is an error (it
 * would otherwise be silently skipped). Two migrations with the same version are an error naming both.
 */
public final class MigrationResolver {

  /** The default location. */
  public static final String DEFAULT_LOCATION = "classpath:db/cassandra";

  private final ClassLoader classLoader;

  /**
   * A resolver loading classpath locations through the given class loader.
   *
   * @param classLoader the class loader
   */
  public MigrationResolver(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * Resolves the migrations of the locations plus the given Java migrations, sorted by version.
   *
   * @param locations the locations
   * @param javaMigrations Java migrations registered explicitly (their classes are not instantiated again when a
   *     location also holds them)
   * @return the migrations, by version
   * @throws MigrationException for a badly named file, an unreadable location or a duplicate version
   */
  public List<Migration> resolve(Collection<String> locations, Collection<? extends JavaMigration> javaMigrations) {
    List<Migration> found = new ArrayList<>();
    Set<Class<?>> registered = new LinkedHashSet<>();
    for (JavaMigration migration : javaMigrations) {
      registered.add(migration.getClass());
      found.add(Migration.java(migration));
    }
    for (String location : locations) {
      String trimmed = location.strip().replaceAll("/+$", "");
      if (trimmed.startsWith("filesystem:")) {
        scanDirectory(trimmed, Paths.get(trimmed.substring("filesystem:".length())), found, null, registered);
      } else {
        String path = trimmed.startsWith("classpath:") ? trimmed.substring("classpath:".length()) : trimmed;
        scanClasspath(trimmed, strip(path), found, registered);
      }
    }
    Map<MigrationVersion, Migration> byVersion = new TreeMap<>();
    for (Migration migration : found) {
      Migration other = byVersion.putIfAbsent(migration.version(), migration);
      if (other != null && !other.script().equals(migration.script())) {
        throw new MigrationException("Two migrations have version " + migration.version() + ": " + other.script()
            + " and " + migration.script() + "; give one of them another version");
      }
    }
    return List.copyOf(byVersion.values());
  }

  private static String strip(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private void scanClasspath(String location, String path, List<Migration> found, Set<Class<?>> registered) {
    Set<String> seen = new LinkedHashSet<>(); // the same resource through two class path entries counts once
    Enumeration<URL> urls;
    try {
      urls = classLoader.getResources(path);
    } catch (IOException e) {
      throw new MigrationException("Cannot read location " + location + ": " + e.getMessage(), e);
    }
    for (URL url : Collections.list(urls)) {
      try {
        if ("file".equals(url.getProtocol())) {
          scanDirectory(location, Paths.get(url.toURI()), found, path, registered, seen);
        } else {
          URLConnection connection = url.openConnection();
          if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
              scanJar(location, file, path, found, registered, seen);
            }
          }
        }
      } catch (IOException | URISyntaxException e) {
        throw new MigrationException("Cannot read location " + location + " at " + url + ": " + e.getMessage(), e);
      }
    }
  }

  private void scanJar(String location, JarFile jar, String path, List<Migration> found, Set<Class<?>> registered,
      Set<String> seen) throws IOException {
    String prefix = path.isEmpty() ? "" : path + "/";
    List<JarEntry> entries = Collections.list(jar.entries()).stream()
        .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
        .sorted(Comparator.comparing(JarEntry::getName)).toList();
    for (JarEntry entry : entries) {
      String relative = entry.getName().substring(prefix.length());
      if (!seen.add(relative)) {
        continue;
      }
      String fileName = relative.substring(relative.lastIndexOf('/') + 1);
      if (isCql(fileName)) {
        try (InputStream in = jar.getInputStream(entry)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          found.add(Migration.cql(location + parent(relative), fileName, text));
        }
      } else if (fileName.endsWith(".class")) {
        javaClass(entry.getName(), found, registered);
      }
    }
  }

  private void scanDirectory(String location, Path root, List<Migration> found, String classPath,
      Set<Class<?>> registered) {
    scanDirectory(location, root, found, classPath, registered, new LinkedHashSet<>());
  }

  private void scanDirectory(String location, Path root, List<Migration> found, String classPath,
      Set<Class<?>> registered, Set<String> seen) {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read location " + location, e);
    }
    for (Path file : files) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      if (!seen.add(relative)) {
        continue;
      }
      String fileName = file.getFileName().toString();
      if (isCql(fileName)) {
        try {
          found.add(Migration.cql(location + parent(relative), fileName, Files.readString(file)));
        } catch (IOException e) {
          throw new MigrationException("Cannot read " + file + ": " + e.getMessage(), e);
        }
      } else if (classPath != null && fileName.endsWith(".class")) {
        javaClass(classPath.isEmpty() ? relative : classPath + "/" + relative, found, registered);
      }
    }
  }

  private static String parent(String relative) {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? "" : "/" + relative.substring(0, slash);
  }

  private static boolean isCql(String fileName) {
    return fileName.endsWith(".cql") && MigrationNames.looksVersioned(fileName);
  }

  private void javaClass(String resource, List<Migration> found, Set<Class<?>> registered) {
    if (resource.contains("$") || resource.endsWith("package-info.class") || resource.endsWith("module-info.class")) {
      return;
    }
    String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    Class<?> type;
    try {
      type = Class.forName(className, false, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      return; // not loadable here: not a migration of this application
    }
    if (!JavaMigration.class.isAssignableFrom(type) || type.isInterface()
        || Modifier.isAbstract(type.getModifiers()) || registered.contains(type)) {
      return;
    }
    try {
      JavaMigration migration = (JavaMigration) type.getConstructor().newInstance();
      registered.add(type);
      found.add(Migration.java(migration));
    } catch (ReflectiveOperationException e) {
      throw new MigrationException("Cannot instantiate Java migration " + className + ": it needs a public"
          + " no-argument constructor (" + e + ")", e);
    }
  }
}
