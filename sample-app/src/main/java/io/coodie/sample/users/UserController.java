package io.coodie.sample.users;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users}. */
@RestController
@RequestMapping("/api/users")
class UserController {

  private final UserService users;

  UserController(UserService users) {
    this.users = users;
  }

  @PostMapping
  ResponseEntity<User> create(@Valid @RequestBody NewUser request) {
    User user = this.users.create(request);
    return ResponseEntity.created(URI.create("/api/users/" + user.username())).body(user);
  }

  @GetMapping("/{username}")
  User get(@PathVariable String username) {
    return this.users.find(username);
  }
}
