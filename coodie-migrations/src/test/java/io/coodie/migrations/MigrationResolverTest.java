package io.coodie.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationResolverTest {

  private final MigrationResolver resolver = new MigrationResolver(getClass().getClassLoader());

  @Test
  void findsCqlFilesAndJavaClassesInAClasspathDirectory() {
    List<Migration> found = resolver.resolve(List.of("classpath:db/unit"), List.of());
    assertThat(found).extracting(m -> m.version() + " " + m.type() + " " + m.description() + " " + m.script())
        .containsExactly("1 CQL create orders classpath:db/unit/V1__create_orders.cql",
            "1.1 CQL index orders classpath:db/unit/sub/V1_1__index_orders.cql",
            "2 JAVA Backfill db.unit.V2__Backfill");
    assertThat(found.get(0).statements())
        .containsExactly("CREATE TABLE IF NOT EXISTS ${keyspace}.orders (id int PRIMARY KEY, total decimal)");
    assertThat(found.get(0).checksum()).isEqualTo(CqlScripts.checksum(
        "-- the orders\nCREATE TABLE IF NOT EXISTS ${keyspace}.orders (id int PRIMARY KEY, total decimal);\n"));
    assertThat(found.get(2).checksum()).isNull();
  }

  @Test
  void findsCqlFilesInAJar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("migrations.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("db/"));
      out.putNextEntry(new JarEntry("db/jarred/"));
      entry(out, "db/jarred/V5__from_jar.cql", "CREATE TABLE ${keyspace}.j (id int PRIMARY KEY);");
      entry(out, "db/jarred/deeper/V5_1__deeper.cql", "ALTER TABLE ${keyspace}.j ADD v text;");
      entry(out, "db/other/V9__elsewhere.cql", "SELECT 1;");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      List<Migration> found = new MigrationResolver(loader).resolve(List.of("classpath:/db/jarred/"), List.of());
      assertThat(found).extracting(m -> m.version() + " " + m.script())
          .containsExactly("5 classpath:/db/jarred/V5__from_jar.cql",
              "5.1 classpath:/db/jarred/deeper/V5_1__deeper.cql");
    }
  }

  @Test
  void findsFilesInAFileSystemDirectoryAndMergesLocations(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("V3__third.cql"), "SELECT 1;");
    Files.writeString(dir.resolve("notes.md"), "ignored");
    List<Migration> found = resolver.resolve(List.of("filesystem:" + dir, "db/unit", "classpath:db/none"),
        List.of());
    assertThat(found).extracting(m -> m.version().toString()).containsExactly("1", "1.1", "2", "3");
    assertThat(found.get(3).script()).isEqualTo("filesystem:" + dir + "/V3__third.cql");
  }

  @Test
  void registeredJavaMigrationsAreNotInstantiatedTwice() {
    JavaMigration named = new JavaMigration() {
      @Override
      public String version() {
        return "7";
      }

      @Override
      public String description() {
        return "registered";
      }

      @Override
      public void migrate(MigrationContext context) {}
    };
    db.unit.V2__Backfill backfill = new db.unit.V2__Backfill();
    List<Migration> found = resolver.resolve(List.of("classpath:db/unit"), List.of(named, backfill));
    assertThat(found).extracting(m -> m.version().toString()).containsExactly("1", "1.1", "2", "7");
    assertThat(found.get(2).java()).isSameAs(backfill);
  }

  @Test
  void duplicateVersionsAndBadNamesAreErrors(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("V1_0__again.cql"), "SELECT 1;");
    assertThatThrownBy(() -> resolver.resolve(List.of("classpath:db/unit", "filesystem:" + dir), List.of()))
        .isInstanceOf(MigrationException.class)
        .hasMessage("Two migrations have version 1: classpath:db/unit/V1__create_orders.cql and filesystem:" + dir
            + "/V1_0__again.cql; give one of them another version");
    Files.delete(dir.resolve("V1_0__again.cql"));
    Files.writeString(dir.resolve("V2-oops.cql"), "SELECT 1;");
    assertThatThrownBy(() -> resolver.resolve(List.of("filesystem:" + dir), List.of()))
        .hasMessageContaining("V2-oops.cql: 'V2-oops.cql' is not named V<version>__<description>.cql");
  }

  private static void entry(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream stream = out;
    stream.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
