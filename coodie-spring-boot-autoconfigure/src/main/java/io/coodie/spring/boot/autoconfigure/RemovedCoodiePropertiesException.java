package io.coodie.spring.boot.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Start-up refused because {@code coodie.*} keys that Spring Boot now reads under {@code spring.cassandra.*} are still
 * set. The message names each key, where it is set and its replacement.
 */
public class RemovedCoodiePropertiesException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<RemovedCoodieProperties.Use> uses;

  /** The exception for these uses of removed keys. */
  public RemovedCoodiePropertiesException(List<RemovedCoodieProperties.Use> uses) {
    super("coodie no longer reads these keys; the connection is configured by Spring Boot under spring.cassandra.*:\n"
        + uses.stream().map((use) -> "  " + use).collect(Collectors.joining("\n")));
    this.uses = List.copyOf(uses);
  }

  /** The removed keys that are set. */
  public List<RemovedCoodieProperties.Use> uses() {
    return this.uses;
  }
}
