package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.Keyspace;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * Creates the keyspace named by {@code spring.cassandra.keyspace-name} when {@code coodie.keyspace.create=true}, once,
 * when it is initialised: through a short-lived session from a fresh session builder, unbound from the keyspace.
 * Every {@code CqlSession} bean depends on it, so the keyspace exists before a session binds to it. Does nothing when
 * {@code coodie.keyspace.create} is {@code false}. Closing the short-lived session waits out netty's shutdown quiet
 * period (2 s by default; {@code advanced.netty.io-group.shutdown.quiet-period} and {@code admin-group} in the
 * driver configuration), which tests may set to 0.
 */
public class CoodieKeyspaceCreator implements InitializingBean {

  private static final Pattern NAME = Pattern.compile("\\w{1,48}|\"\\w{1,48}\"");

  private final Keyspace settings;

  private final @Nullable String keyspaceName;

  private final Supplier<CqlSessionBuilder> builders;

  private final @Nullable CoodieKeyspaceInitializer initializer;

  /**
   * A creator of the keyspace {@code keyspaceName} with {@code settings}, connecting through a builder from
   * {@code builders}.
   *
   * @throws IllegalArgumentException when the keyspace is to be created but no (valid) name is given
   */
  public CoodieKeyspaceCreator(Keyspace settings, @Nullable String keyspaceName,
      Supplier<CqlSessionBuilder> builders) {
    this.settings = settings;
    this.keyspaceName = keyspaceName == null || keyspaceName.isBlank() ? null : keyspaceName.trim();
    this.builders = builders;
    if (settings.create()) {
      if (this.keyspaceName == null) {
        throw new IllegalArgumentException("coodie.keyspace.create=true needs spring.cassandra.keyspace-name: the"
            + " name of the keyspace to create (and to bind the session to)");
      }
      if (!NAME.matcher(this.keyspaceName).matches()) {
        throw new IllegalArgumentException("spring.cassandra.keyspace-name '" + this.keyspaceName + "' is not a"
            + " keyspace name coodie can create: use 1 to 48 letters, digits or underscores (double-quote it to keep"
            + " upper case)");
      }
      this.initializer = new CoodieKeyspaceInitializer(CqlIdentifier.fromCql(this.keyspaceName), settings);
    } else {
      this.initializer = null;
    }
  }

  /** The initializer that renders and runs the statement, if the keyspace is to be created. */
  public @Nullable CoodieKeyspaceInitializer initializer() {
    return this.initializer;
  }

  @Override
  public void afterPropertiesSet() {
    if (this.initializer == null) {
      return;
    }
    try (CqlSession session = this.builders.get().withKeyspace((CqlIdentifier) null).build()) {
      this.initializer.initialize(session);
    }
  }
}
