package io.coodie.spring.data.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import io.coodie.core.api.LwtException;
import io.coodie.spring.data.auditing.EnableCoodieAuditing;
import io.coodie.spring.data.it.NodeRepositories;
import io.coodie.spring.data.it.NodeRepositories.EntityClasses;
import io.coodie.spring.data.repository.config.EnableCoodieRepositories;
import io.coodie.spring.data.testdomain.Token;
import io.coodie.spring.data.testdomain.TokenRepository;
import io.coodie.test.support.RecordingSession;
import io.coodie.test.support.RecordingTracker;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The Spring Data contract on the embedded node: {@code @Version} optimistic locking (a record and a class),
 * {@code @Transient} (Spring Data's and java.beans'), auditing with {@code @EnableCoodieAuditing}, and Spring's
 * exception hierarchy from repository methods.
 */
@SpringJUnitConfig({ NodeRepositories.class, SpringDataContractIT.Config.class })
@TestPropertySource(properties = "test.keyspace=coodie_contract_it")
class SpringDataContractIT {

  static final RecordingTracker sent = new RecordingTracker();
  static final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
  static final AtomicReference<String> user = new AtomicReference<>("alice");

  @Configuration(proxyBeanMethods = false)
  @EnableCoodieRepositories(basePackageClasses = Account.class)
  @EnableCoodieAuditing
  static class Config {
    @Bean
    RecordingTracker recordingTracker() {
      return sent;
    }

    @Bean
    EntityClasses contractEntities() {
      return EntityClasses.of(Account.class, Ledger.class, Memo.class);
    }

    @Bean
    AuditorAware<String> auditor() {
      return () -> Optional.of(user.get());
    }

    @Bean
    DateTimeProvider clock() {
      return () -> Optional.<TemporalAccessor>of(now.get());
    }
  }

  @Autowired
  AccountRepository accounts;

  @Autowired
  LedgerRepository ledgers;

  @Autowired
  MemoRepository memos;

  @Autowired
  TokenRepository tokens;

  @Autowired
  CqlSession session;

  @BeforeEach
  void clear() {
    sent.clear();
  }

  /** The statements sent since the last clear starting with {@code prefix}, waiting for the first (the driver tells
   * its trackers just after the call completes). */
  private static List<Statement<?>> awaitStartingWith(String prefix) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (sent.startingWith(prefix).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return sent.startingWith(prefix);
  }

  private Row account(String id) {
    return this.session.execute("SELECT owner, version FROM accounts WHERE id = ?", id).one();
  }

  @Test
  void aVersionedRecordIsInsertedIfNotExistsThenUpdatedIfItsVersionHolds() {
    Account created = this.accounts.save(new Account("acc-1", "ann", null));
    assertThat(created).isEqualTo(new Account("acc-1", "ann", 0L));
    assertThat(sent.awaitBinding("acc-1"))
        .containsExactly("INSERT INTO accounts (id,owner,version) VALUES (?,?,?) IF NOT EXISTS");
    Account updated = this.accounts.save(created.withOwner("bert"));
    assertThat(updated).isEqualTo(new Account("acc-1", "bert", 1L));
    assertThat(sent.awaitBinding("bert")).containsExactly("UPDATE accounts SET owner=?, version=? WHERE id=? IF version=?");
    assertThat(RecordingTracker.values(sent.startingWith("UPDATE").get(0))).containsExactly("bert", 1L, "acc-1", 0L);
    assertThat(account("acc-1").getString("owner")).isEqualTo("bert");
    assertThat(account("acc-1").getLong("version")).isEqualTo(1L);
  }

  @Test
  void aStaleSaveIsRejectedAndTheRowIsUnchanged() {
    Account v0 = this.accounts.save(new Account("acc-2", "ann", null));
    this.accounts.save(v0.withOwner("bob"));
    assertThatExceptionOfType(OptimisticLockingFailureException.class)
        .isThrownBy(() -> this.accounts.save(v0.withOwner("eve")))
        .withMessage(Account.class.getName() + " with version 0 was not updated: the row has version 1 (it was"
            + " changed concurrently). Read it again and retry.")
        .havingCause().isInstanceOfSatisfying(LwtException.class,
            (lwt) -> assertThat(lwt.existingValues()).containsEntry("version", 1L));
    assertThat(account("acc-2").getString("owner")).isEqualTo("bob");
    assertThat(account("acc-2").getLong("version")).isEqualTo(1L);
    // a write method of the repository is versioned too
    assertThatExceptionOfType(OptimisticLockingFailureException.class)
        .isThrownBy(() -> this.accounts.updateOwner(v0.withOwner("eve")));
    assertThat(this.accounts.updateOwner(new Account("acc-2", "carl", 1L))).isEqualTo(new Account("acc-2", "carl", 2L));
    assertThat(account("acc-2").getString("owner")).isEqualTo("carl");
  }

  @Test
  void aNewEntityOverAnExistingRowAndInsertsOfExistingRowsAreRejected() {
    this.accounts.save(new Account("acc-3", "ann", null));
    assertThatExceptionOfType(OptimisticLockingFailureException.class)
        .isThrownBy(() -> this.accounts.save(new Account("acc-3", "eve", null)))
        .withMessageStartingWith(Account.class.getName() + " is new (version null) but a row with its primary key"
            + " exists: it was inserted concurrently.");
    assertThatExceptionOfType(DuplicateKeyException.class)
        .isThrownBy(() -> this.accounts.insert(new Account("acc-3", "eve", null)))
        .havingCause().isInstanceOf(LwtException.class);
    assertThat(account("acc-3").getString("owner")).isEqualTo("ann");
    assertThat(account("acc-3").getLong("version")).isEqualTo(0L);
  }

  @Test
  void aStaleDeleteIsRejectedAndACurrentOneDeletes() {
    Account v0 = this.accounts.save(new Account("acc-4", "ann", null));
    Account v1 = this.accounts.save(v0.withOwner("bob"));
    assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.accounts.delete(v0))
        .withMessage(Account.class.getName() + " with version 0 was not deleted: the row has version 1 (it was"
            + " changed concurrently). Read it again and retry.");
    assertThat(account("acc-4")).isNotNull();
    this.accounts.delete(v1);
    assertThat(sent.awaitBinding("acc-4")).filteredOn((cql) -> cql.startsWith("DELETE")).isNotEmpty()
        .containsOnly("DELETE FROM accounts WHERE id=? IF version=?");
    assertThat(account("acc-4")).isNull();
    assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.accounts.save(v1))
        .withMessage(Account.class.getName() + " with version 1 was not updated: the row does not exist (it was"
            + " deleted). Read it again and retry.");
    assertThat(account("acc-4")).isNull();
  }

  @Test
  void aVersionedClassIsIncrementedInPlaceAndRestoredWhenStale() {
    Ledger ledger = new Ledger("led-1", 10);
    assertThat(this.ledgers.save(ledger)).isSameAs(ledger);
    assertThat(ledger.version()).isEqualTo(1L);
    Ledger first = this.ledgers.findById("led-1").orElseThrow();
    Ledger second = this.ledgers.findById("led-1").orElseThrow();
    first.balance(20);
    this.ledgers.save(first);
    assertThat(sent.awaitBinding(20)).containsExactly("UPDATE ledgers SET balance=?, version=? WHERE id=? IF version=?");
    assertThat(first.version()).isEqualTo(2L);
    second.balance(30);
    assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.ledgers.save(second));
    assertThat(second.version()).isEqualTo(1L);
    Row row = this.session.execute("SELECT balance, version FROM ledgers WHERE id = 'led-1'").one();
    assertThat(row.getInt("balance")).isEqualTo(20);
    assertThat(row.getLong("version")).isEqualTo(2L);
  }

  @Test
  void transientPropertiesAreNeitherColumnsNorWritten() {
    List<String> columns = this.session.execute("SELECT column_name FROM system_schema.columns WHERE keyspace_name"
        + " = 'coodie_contract_it' AND table_name = 'memos'").all().stream().map((r) -> r.getString(0)).sorted()
        .toList();
    assertThat(columns).containsExactly("created_at", "created_by", "id", "text", "updated_at", "updated_by");
    this.memos.save(Memo.of("memo-t", "hello"));
    assertThat(sent.awaitBinding("memo-t"))
        .containsExactly("INSERT INTO memos (id,text,created_at,updated_at,created_by,updated_by) VALUES (?,?,?,?,?,?)");
    Memo read = this.memos.findById("memo-t").orElseThrow();
    assertThat(read.draft()).isNull();
    assertThat(read.preview()).isNull();
    assertThat(read.text()).isEqualTo("hello");
  }

  @Test
  void auditDatesAndAuditorsAreSetOnCreationAndTheCreatedOnesNeverAgain() throws InterruptedException {
    Instant t1 = Instant.parse("2026-03-01T10:00:00Z");
    Instant t2 = Instant.parse("2026-03-02T11:30:00Z");
    now.set(t1);
    user.set("alice");
    Memo created = this.memos.save(Memo.of("memo-a", "first"));
    assertThat(created).extracting(Memo::createdAt, Memo::updatedAt, Memo::createdBy, Memo::updatedBy)
        .containsExactly(t1, t1, "alice", "alice");
    long createdWritetime = this.session.execute("SELECT WRITETIME(created_at) FROM memos WHERE id = 'memo-a'").one()
        .getLong(0);
    now.set(t2);
    user.set("bob");
    Memo read = this.memos.findById("memo-a").orElseThrow();
    sent.clear();
    Memo updated = this.memos.save(read.withText("second"));
    assertThat(updated).extracting(Memo::createdAt, Memo::updatedAt, Memo::createdBy, Memo::updatedBy)
        .containsExactly(t1, t2, "alice", "bob");
    List<Statement<?>> inserts = awaitStartingWith("INSERT");
    assertThat(inserts).extracting(RecordingSession::cql)
        .containsExactly("INSERT INTO memos (id,text,created_at,updated_at,created_by,updated_by) VALUES (?,?,?,?,?,?)");
    BoundStatement upsert = (BoundStatement) inserts.get(0);
    assertThat(List.of("created_at", "created_by").stream().map(upsert::isSet)).as("created_* left unset")
        .containsExactly(false, false);
    assertThat(upsert.getString("text")).isEqualTo("second");
    assertThat(upsert.getString("updated_by")).isEqualTo("bob");
    Row row = this.session.execute("SELECT text, created_at, updated_at, created_by, updated_by,"
        + " WRITETIME(created_at) FROM memos WHERE id = 'memo-a'").one();
    assertThat(row.getString("text")).isEqualTo("second");
    assertThat(row.getInstant("created_at")).isEqualTo(t1);
    assertThat(row.getInstant("updated_at")).isEqualTo(t2);
    assertThat(row.getString("created_by")).isEqualTo("alice");
    assertThat(row.getString("updated_by")).isEqualTo("bob");
    assertThat(row.getLong(5)).as("created_at not written again").isEqualTo(createdWritetime);
  }

  @Test
  void repositoryMethodsThrowSpringsDataAccessExceptions() throws Exception {
    assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(this.accounts::broken)
        .havingCause().isInstanceOf(InvalidQueryException.class);
    assertThatExceptionOfType(ExecutionException.class)
        .isThrownBy(() -> this.accounts.brokenAsync().get(10, TimeUnit.SECONDS))
        .havingCause().isInstanceOf(InvalidDataAccessApiUsageException.class)
        .havingCause().isInstanceOf(InvalidQueryException.class);
    this.tokens.insert(new Token("tok-1", "ann"));
    assertThatExceptionOfType(DuplicateKeyException.class)
        .isThrownBy(() -> this.tokens.insert(new Token("tok-1", "eve")))
        .withMessageStartingWith("TokenRepository.insert(Token): ")
        .havingCause().isInstanceOfSatisfying(LwtException.class,
            (lwt) -> assertThat(lwt.existing(Token.class)).contains(new Token("tok-1", "ann")));
    assertThatExceptionOfType(EmptyResultDataAccessException.class)
        .isThrownBy(() -> this.tokens.deleteById("tok-none"))
        .withMessageStartingWith("TokenRepository.deleteById(String): ")
        .havingCause().isInstanceOf(LwtException.class);
  }
}
