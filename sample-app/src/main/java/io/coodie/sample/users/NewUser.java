package io.coodie.sample.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A sign-up. */
public record NewUser(
    @NotNull @Pattern(regexp = "[a-z0-9_]{3,20}", message = "must be 3 to 20 lower-case letters, digits or _")
    String username,
    @NotBlank @Email String email,
    @NotBlank @Size(max = 80) String displayName) {}
