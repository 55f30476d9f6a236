package io.coodie.sample;

import io.coodie.test.SharedCassandra;
import io.coodie.test.TestCassandra;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;

/**
 * Runs the sample on an embedded Cassandra node, with nothing to install: {@code ./mvnw -pl sample-app -am
 * spring-boot:test-run} (or run this class from the IDE). The node is a forked JVM started by coodie-test; it is
 * stopped, and its data deleted, when this JVM exits.
 */
public class TestSampleApplication {

  public static void main(String[] args) {
    TestCassandra cassandra = SharedCassandra.get();
    String contactPoints = cassandra.contactPoints().stream()
        .map((address) -> address.getHostString() + ":" + address.getPort()).collect(Collectors.joining(","));
    System.out.printf("Embedded Cassandra node at %s (datacenter %s); it stops when the application stops.%n",
        contactPoints, cassandra.localDatacenter());
    String[] connection = {
        "--coodie.contact-points=" + contactPoints,
        "--coodie.local-datacenter=" + cassandra.localDatacenter(),
        "--coodie.driver.advanced.metadata.schema.debouncer.window=1ms", // DDL at start-up takes 1 s less per table
        "--coodie.driver.advanced.netty.io-group.shutdown.quiet-period=0",
        "--coodie.driver.advanced.netty.admin-group.shutdown.quiet-period=0" };
    SpringApplication.from(SampleApplication::main)
        .withAdditionalProfiles("dev")
        .run(Stream.concat(Stream.of(connection), Stream.of(args)).toArray(String[]::new));
  }
}
