package io.coodie.test.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimeTest {

  @Test
  void acceptsJava17(@TempDir Path dir) throws Exception {
    Path home = fakeJdk(dir, "17.0.15");
    assertThat(JavaRuntime.locate(home).featureVersion()).isEqualTo(17);
  }

  @Test
  void acceptsJava11(@TempDir Path dir) throws Exception {
    assertThat(JavaRuntime.locate(fakeJdk(dir, "11.0.2")).featureVersion()).isEqualTo(11);
  }

  @Test
  void rejectsJava25NamingTheSettingToChange(@TempDir Path dir) throws Exception {
    Path home = fakeJdk(dir, "25.0.1");
    assertThatThrownBy(() -> JavaRuntime.locate(home))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Java 25")
        .hasMessageContaining("runs on Java 11 or 17")
        .hasMessageContaining(JavaRuntime.JAVA_HOME_PROPERTY)
        .hasMessageContaining(JavaRuntime.JAVA_HOME_ENV);
  }

  @Test
  void rejectsADirectoryWithoutJava(@TempDir Path dir) {
    assertThatThrownBy(() -> JavaRuntime.locate(dir))
        .hasMessageContaining("No java executable at " + dir.resolve("bin/java"));
  }

  private static Path fakeJdk(Path dir, String version) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    return dir;
  }
}
