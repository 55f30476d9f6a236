package io.coodie.core.internal.exec;

import java.time.Duration;

/**
 * The one validation of every {@code ttl(...)} option: Cassandra takes a TTL in whole seconds, from 0 (no expiry)
 * to 630,720,000 (20 years). Nothing is rounded: a sub-second or fractional {@code Duration} would otherwise become
 * a shorter TTL, or 0, which means <em>never expires</em>. (The server may refuse more: Cassandra 5.0 in its default
 * storage compatibility mode refuses an expiry after 2038-01-19, CASSANDRA-14092.)
 */
final class Ttls {

  /** Cassandra's largest TTL, in seconds (20 years; {@code Attributes.MAX_TTL}). */
  static final int MAX_SECONDS = 630_720_000;

  private Ttls() {}

  /**
   * The TTL in seconds, or null (no {@code USING TTL}) for null.
   *
   * @param entity the entity class name, for the message
   * @throws IllegalArgumentException if negative, over 20 years, or not a whole number of seconds
   */
  static Integer seconds(String entity, Duration ttl) {
    if (ttl == null) {
      return null;
    }
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("The ttl of " + entity + " must be Duration.ZERO (no expiry) or positive,"
          + " was " + ttl);
    }
    if (ttl.getNano() != 0) {
      throw new IllegalArgumentException("The ttl of " + entity + " must be a whole number of seconds (Cassandra"
          + " TTLs are in seconds and coodie does not round them), was " + ttl
          + (ttl.getSeconds() == 0 ? ", under a second" : ""));
    }
    if (ttl.getSeconds() > MAX_SECONDS) {
      throw new IllegalArgumentException(overMax(entity, ttl.toString()));
    }
    return (int) ttl.getSeconds();
  }

  /**
   * Checks a TTL in seconds.
   *
   * @param entity the entity class name, for the message
   * @throws IllegalArgumentException if negative or over 20 years
   */
  static int seconds(String entity, int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("The ttl of " + entity + " must be zero (no expiry) or positive, was "
          + seconds);
    }
    if (seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(overMax(entity, seconds + " seconds"));
    }
    return seconds;
  }

  private static String overMax(String entity, String ttl) {
    return "The ttl of " + entity + " must be at most " + MAX_SECONDS + " seconds (20 years, Cassandra's maximum),"
        + " was " + ttl;
  }
}
