package io.coodie.sample.users;

import io.coodie.sample.web.ConflictException;
import io.coodie.sample.web.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/** Sign-up and look-up. */
@Service
public class UserService {

  private final UserRepository users;

  public UserService(UserRepository users) {
    this.users = users;
  }

  /** Creates the user if the username is free; 409 otherwise. */
  public User create(NewUser request) {
    User user = new User(request.username(), request.email(), request.displayName(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS)); // CQL timestamps have millisecond precision
    if (!this.users.insertIfAbsent(user)) {
      throw new ConflictException("Username '" + request.username() + "' is taken");
    }
    return user;
  }

  public User find(String username) {
    return this.users.findById(username).orElseThrow(() -> new NotFoundException("No user '" + username + "'"));
  }
}
