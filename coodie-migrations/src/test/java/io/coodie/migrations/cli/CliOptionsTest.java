package io.coodie.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.migrations.cli.CliOptions.Command;
import io.coodie.migrations.cli.CliOptions.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliOptionsTest {

  private static CliOptions parse(Map<String, String> env, String... args) {
    return CliOptions.parse(args, env);
  }

  @Test
  void readsEveryOptionInBothForms() {
    CliOptions o = parse(Map.of("DB_PW", "s3cret"), "migrate", "--contact-points=db1:9043, db2,[::1]:9044",
        "--local-datacenter", "dc1", "--keyspace=shop", "--username", "deployer", "--password-env=DB_PW",
        "--locations=db/cassandra,classpath:db/more", "--target=2_1", "--dry-run", "--history-table=h",
        "--lease-wait=500ms", "--request-timeout", "PT1M");
    assertThat(o.command()).isEqualTo(Command.MIGRATE);
    assertThat(o.contactPoints()).containsExactly(InetSocketAddress.createUnresolved("db1", 9043),
        InetSocketAddress.createUnresolved("db2", 9042), InetSocketAddress.createUnresolved("::1", 9044));
    assertThat(o.localDatacenter()).isEqualTo("dc1");
    assertThat(o.keyspace()).isEqualTo("shop");
    assertThat(o.username()).isEqualTo("deployer");
    assertThat(o.password()).isEqualTo("s3cret");
    assertThat(o.locations()).containsExactly("filesystem:db/cassandra", "classpath:db/more");
    assertThat(o.target()).isEqualTo("2_1");
    assertThat(o.dryRun()).isTrue();
    assertThat(o.historyTable()).isEqualTo("h");
    assertThat(o.leaseWait()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.requestTimeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(o.toString()).doesNotContain("s3cret").contains("password=*** (from $DB_PW)");
  }

  @Test
  void connectionOptionsDefaultToTheEnvironment() {
    CliOptions o = parse(Map.of("CASSANDRA_CONTACT_POINTS", "10.0.0.1:9042", "CASSANDRA_LOCAL_DATACENTER", "dc2",
        "CASSANDRA_KEYSPACE", "prod", "CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD", "pw"), "info");
    assertThat(o.command()).isEqualTo(Command.INFO);
    assertThat(o.contactPoints()).containsExactly(InetSocketAddress.createUnresolved("10.0.0.1", 9042));
    assertThat(o.localDatacenter()).isEqualTo("dc2");
    assertThat(o.keyspace()).isEqualTo("prod");
    assertThat(o.username()).isEqualTo("app");
    assertThat(o.password()).isEqualTo("pw");
    assertThat(o.locations()).containsExactly("classpath:db/cassandra");
    assertThat(o.leaseWait()).isEqualTo(Duration.ofMinutes(2));
    assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.target()).isNull();
    assertThat(o.dryRun()).isFalse();

    CliOptions local = parse(Map.of(), "validate", "--local-datacenter=datacenter1", "--keyspace=ks");
    assertThat(local.contactPoints()).containsExactly(InetSocketAddress.createUnresolved("127.0.0.1", 9042));
    assertThat(local.username()).isNull();
    assertThat(local.password()).isNull();
  }

  @Test
  void planWritesToTheFirstFilesystemLocationUnlessToldOtherwise() {
    CliOptions o = parse(Map.of(), "plan", "--local-datacenter=dc", "--keyspace=ks",
        "--locations=classpath:x,filesystem:/repo/db", "--entities=a.B, c.D", "--description=add stock");
    assertThat(o.entities()).containsExactly("a.B", "c.D");
    assertThat(o.output()).isEqualTo("/repo/db");
    assertThat(o.description()).isEqualTo("add stock");
    assertThatThrownBy(() -> parse(Map.of(), "plan", "--local-datacenter=dc", "--keyspace=ks", "--entities=a.B"))
        .isInstanceOf(UsageException.class).hasMessageContaining("--output");
  }

  @Test
  void refusesWhatCannotRun() {
    Map<String, String> env = Map.of("CASSANDRA_LOCAL_DATACENTER", "dc", "CASSANDRA_KEYSPACE", "ks");
    assertThatThrownBy(() -> parse(env)).isInstanceOf(UsageException.class).hasMessageStartingWith("no command");
    assertThatThrownBy(() -> parse(env, "drop")).hasMessageStartingWith("unknown command 'drop'");
    assertThatThrownBy(() -> parse(env, "info", "extra")).hasMessage("unexpected argument 'extra'");
    assertThatThrownBy(() -> parse(env, "info", "--nope")).hasMessage("unknown option --nope");
    assertThatThrownBy(() -> parse(env, "info", "--keyspace")).hasMessage("--keyspace needs a value");
    assertThatThrownBy(() -> parse(env, "info", "--dry-run")).hasMessageStartingWith("--dry-run is an option of migrate");
    assertThatThrownBy(() -> parse(env, "migrate", "--dry-run=yes")).hasMessage("--dry-run takes no value");
    assertThatThrownBy(() -> parse(env, "info", "--entities=a.B")).hasMessage("--entities is an option of plan");
    assertThatThrownBy(() -> parse(env, "info", "--lease-wait=soon")).hasMessageStartingWith("bad duration");
    assertThatThrownBy(() -> parse(env, "info", "--contact-points=h:99999")).hasMessageStartingWith("bad port");
    assertThatThrownBy(() -> parse(env, "info", "--contact-points=a:b:c")).hasMessageStartingWith("bad contact point");
    assertThatThrownBy(() -> parse(Map.of("CASSANDRA_KEYSPACE", "ks"), "info"))
        .hasMessageStartingWith("no local datacenter");
    assertThatThrownBy(() -> parse(Map.of("CASSANDRA_LOCAL_DATACENTER", "dc"), "info"))
        .hasMessageStartingWith("no keyspace");
    assertThatThrownBy(() -> parse(env, "info", "--username=u"))
        .hasMessage("a username but no password: set the environment variable CASSANDRA_PASSWORD");
  }

  @Test
  void thePasswordIsNeverTakenFromTheCommandLineNorPrinted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"migrate", "--password=hunter2", "--keyspace=ks"}, Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("coodie-migrations: --password is not accepted")
        .doesNotContain("hunter2");
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--help"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        System.err);
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("migrate", "info", "validate", "plan", "repair",
        "--password-env", "Exit codes");
  }

  @Test
  void aFailureIsOneLine() {
    assertThat(Main.oneLine(new RuntimeException("first\n  second\r\nthird  "))).isEqualTo("first second third");
    assertThat(Main.oneLine(new ClassNotFoundException("a.B"))).isEqualTo("entity class not found: a.B");
  }
}
