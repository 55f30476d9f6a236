package io.coodie.sample.users;

import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.IfNotExists;

/** Users by username. */
public interface UserRepository extends CoodieRepository<User, String> {

  /**
   * {@code INSERT INTO users ... IF NOT EXISTS}: of two concurrent sign-ups with one username, exactly one wins.
   *
   * @return false when the username is taken (nothing was written)
   */
  @IfNotExists
  boolean insertIfAbsent(User user);
}
