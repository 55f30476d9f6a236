package io.coodie.sample.orders;

import io.coodie.core.api.mapping.UserDefinedType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A postal address: a CQL user-defined type ({@code CREATE TYPE address (...)}), stored inside orders. */
@UserDefinedType
public record Address(
    @NotBlank String street,
    @NotBlank String city,
    @NotBlank String postcode,
    @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as FR") String country) {}
