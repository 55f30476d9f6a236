package io.coodie.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A product catalog with orders on coodie's Spring Boot starter. The starter connects to Cassandra from the
 * {@code coodie.*} properties of {@code application.yml}, creates or checks the tables of the {@code @Table} types in
 * this package and below, and implements the {@code CoodieRepository} interfaces found there.
 *
 * <ul>
 *   <li>{@code catalog}: products of several kinds in one table, a view counter, stock reservations that expire.</li>
 *   <li>{@code users}: accounts whose username is claimed with a lightweight transaction.</li>
 *   <li>{@code orders}: orders per customer, newest first, paged.</li>
 *   <li>{@code web}: JSON errors.</li>
 * </ul>
 *
 * Run it on an embedded node with {@code TestSampleApplication} (in {@code src/test}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
