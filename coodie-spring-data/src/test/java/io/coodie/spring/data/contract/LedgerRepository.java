package io.coodie.spring.data.contract;

import io.coodie.spring.data.repository.CoodieRepository;

public interface LedgerRepository extends CoodieRepository<Ledger, String> {}
