package io.coodie.spring.data.contract;

import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.Query;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public interface AccountRepository extends CoodieRepository<Account, String> {

  /** A statement the server rejects: translated to InvalidDataAccessApiUsageException. */
  @Query("SELECT * FROM no_such_table")
  List<Account> broken();

  @Query("SELECT * FROM no_such_table")
  CompletableFuture<List<Account>> brokenAsync();

  /** A write method of a versioned entity: also conditional on the version. */
  Account updateOwner(Account account);
}
