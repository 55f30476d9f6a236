package io.coodie.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.coodie.sample.Api.Response;
import io.coodie.test.SharedCassandra;
import io.coodie.test.TestCassandra;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ConfigurationClassPostProcessor;

/**
 * The sample's context as Spring AOT generated it at build time ({@code process-aot}), run on the JVM with
 * {@code spring.aot.enabled=true}: the generated initializer replaces configuration class parsing and condition
 * evaluation, and coodie's keyspace creation, schema synchronisation and repositories still work end to end.
 * (Native images need GraalVM, which this build does not use.)
 */
class SampleApplicationAotIT {

  @Test
  void theAheadOfTimeContextServesRequests() {
    TestCassandra cassandra = SharedCassandra.get();
    String contactPoints = cassandra.contactPoints().stream()
        .map((address) -> address.getHostString() + ":" + address.getPort()).collect(Collectors.joining(","));
    SpringApplication application = new SpringApplication(SampleApplication.class);
    application.setMainApplicationClass(SampleApplication.class); // names the generated initializer
    System.setProperty("spring.aot.enabled", "true");
    try (ConfigurableApplicationContext context = application.run("--spring.profiles.active=dev", "--server.port=0", "--spring.cassandra.contact-points=" + contactPoints,
        "--spring.cassandra.local-datacenter=" + cassandra.localDatacenter(),
        "--spring.cassandra.keyspace-name=sample_aot", "--spring.cassandra.request.timeout=30s")) {
      assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
      // no configuration class parsing at run time: the bean definitions come from the generated code
      assertThat(context.getBeanFactory().getBeanNamesForType(ConfigurationClassPostProcessor.class)).isEmpty();
      assertThat(context.getBeanFactory().containsBeanDefinition("coodieKeyspaceCreator")).isTrue();

      Api api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
      Response created = api.post("/api/users", """
          {"username": "aot", "email": "aot@example.com", "displayName": "Ahead Of Time"}""");
      assertThat(created.status()).isEqualTo(201);
      assertThat(api.get("/api/users/aot").json().get("displayName").asString()).isEqualTo("Ahead Of Time");
    } finally {
      System.clearProperty("spring.aot.enabled");
    }
  }
}
