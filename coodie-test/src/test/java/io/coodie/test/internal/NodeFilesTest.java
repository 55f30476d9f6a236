package io.coodie.test.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeFilesTest {

  @Test
  void yamlCarriesAddressPortsTokenSeedsAndDirectories() {
    String yaml = NodeFiles.yaml(Path.of("/w/node2"), "127.0.0.2", 7100, 9100, "-42", "127.0.0.1:7100", Map.of());
    assertThat(yaml)
        .contains("listen_address: 127.0.0.2\n", "rpc_address: 127.0.0.2\n")
        .contains("storage_port: 7100\n", "native_transport_port: 9100\n")
        .contains("initial_token: -42\n", "auto_bootstrap: false\n", "num_tokens: 1\n")
        .contains("- seeds: \"127.0.0.1:7100\"")
        .contains("data_file_directories:\n  - /w/node2/data\n")
        .contains("commitlog_directory: /w/node2/commitlog\n");
  }

  @Test
  void overridesReplaceDefaultsInPlace() {
    String yaml = NodeFiles.yaml(Path.of("/w"), "127.0.0.1", 1, 2, "0", "127.0.0.1:1",
        Map.of("authenticator", "PasswordAuthenticator", "storage_compatibility_mode", "NONE"));
    assertThat(yaml).contains("authenticator: PasswordAuthenticator\n", "storage_compatibility_mode: NONE\n")
        .doesNotContain("AllowAllAuthenticator");
  }
}
