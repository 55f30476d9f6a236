package io.coodie.spring.boot.autoconfigure.diagnostics;

import io.coodie.spring.boot.autoconfigure.RemovedCoodieProperties;
import io.coodie.spring.boot.autoconfigure.RemovedCoodiePropertiesException;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains removed {@code coodie.*} keys that are still set: each key, where it is set, and its replacement. */
class RemovedCoodiePropertiesFailureAnalyzer extends AbstractFailureAnalyzer<RemovedCoodiePropertiesException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RemovedCoodiePropertiesException cause) {
    String uses = cause.uses().stream().map(RemovedCoodiePropertiesFailureAnalyzer::describe)
        .collect(Collectors.joining("\n"));
    return new FailureAnalysis("coodie no longer reads these keys: Spring Boot configures the Cassandra connection"
        + " under spring.cassandra.*.\n\n" + uses, "Rename each key to its replacement above (values keep their"
        + " meaning), and remove the old ones. Driver settings without a spring.cassandra.* key go into a driver"
        + " configuration file named by spring.cassandra.config, or a DriverConfigLoaderBuilderCustomizer bean.",
        cause);
  }

  private static String describe(RemovedCoodieProperties.Use use) {
    return "  " + use.key() + (use.origin() == null ? "" : "\n      set in " + use.origin()) + "\n      use "
        + use.replacement();
  }
}
