package io.coodie.spring.data.testdomain;

import java.time.Instant;

/** The composite key of a {@link Reading}. */
public record ReadingId(String sensor, Instant at) {}
