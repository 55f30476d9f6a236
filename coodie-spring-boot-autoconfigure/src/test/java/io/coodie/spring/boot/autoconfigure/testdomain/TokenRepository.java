package io.coodie.spring.boot.autoconfigure.testdomain;

import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.IfExists;
import io.coodie.spring.data.repository.IfNotExists;
import io.coodie.spring.data.repository.Ttl;

/** Re-declared CRUD methods with options. */
public interface TokenRepository extends CoodieRepository<Token, String> {

  @Ttl(3600)
  @Override
  <S extends Token> S save(S token);

  @IfNotExists
  @Override
  <S extends Token> S insert(S token);

  @IfExists
  @Override
  void deleteById(String id);
}
