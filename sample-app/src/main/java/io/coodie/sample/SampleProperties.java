package io.coodie.sample;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings, bound from {@code sample.*}.
 *
 * @param reservationTtl How long a stock reservation lives before Cassandra expires it.
 */
@ConfigurationProperties("sample")
public record SampleProperties(@DefaultValue("15m") Duration reservationTtl) {}
