package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverOption;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.Request;
import java.util.List;

/**
 * Applies {@link CoodieProperties} to a driver configuration builder: the {@code coodie.driver.*} pass-through first,
 * then the typed settings, so that a typed setting wins over the same option in the pass-through.
 */
final class CoodieDriverConfig {

  private CoodieDriverConfig() {}

  static ProgrammaticDriverConfigLoaderBuilder apply(CoodieProperties properties,
      ProgrammaticDriverConfigLoaderBuilder builder) {
    // Strings are converted by typesafe-config when the driver reads them as durations, numbers or booleans.
    properties.driver().forEach((path, value) -> builder.withString(option(path), value));

    List<String> contactPoints = ContactPoints.normalize(properties.contactPoints(), properties.port());
    if (contactPoints.isEmpty() && properties.port() != CoodieProperties.DEFAULT_PORT) {
      contactPoints = List.of("127.0.0.1:" + properties.port());
    }
    if (!contactPoints.isEmpty()) {
      builder.withStringList(DefaultDriverOption.CONTACT_POINTS, contactPoints);
    }
    if (properties.localDatacenter() != null) {
      builder.withString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER, properties.localDatacenter());
    }
    if (properties.username() != null) {
      // the driver's own com.datastax.oss.driver.internal.core.auth.PlainTextAuthProvider, by its short name
      builder.withString(DefaultDriverOption.AUTH_PROVIDER_CLASS, "PlainTextAuthProvider")
          .withString(DefaultDriverOption.AUTH_PROVIDER_USER_NAME, properties.username())
          .withString(DefaultDriverOption.AUTH_PROVIDER_PASSWORD, properties.password());
    }
    Request request = properties.request();
    if (request.timeout() != null) {
      builder.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, request.timeout());
    }
    if (request.consistency() != null) {
      builder.withString(DefaultDriverOption.REQUEST_CONSISTENCY, request.consistency().name());
    }
    if (request.serialConsistency() != null) {
      builder.withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, request.serialConsistency().name());
    }
    if (request.pageSize() != null) {
      builder.withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, request.pageSize());
    }
    return builder;
  }

  /** A driver option for a raw path such as {@code advanced.metadata.schema.debouncer.window}. */
  static DriverOption option(String path) {
    return () -> path;
  }
}
