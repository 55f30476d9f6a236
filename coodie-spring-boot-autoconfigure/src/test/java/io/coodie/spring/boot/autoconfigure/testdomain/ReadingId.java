package io.coodie.spring.boot.autoconfigure.testdomain;

import java.time.Instant;

/** The composite key of a {@link Reading}. */
public record ReadingId(String sensor, Instant at) {}
