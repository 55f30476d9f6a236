package io.coodie.sample.catalog;

/** What a SKU looks like. */
final class Skus {

  static final String PATTERN = "[a-z0-9-]{1,40}";
  static final String MESSAGE = "must be 1 to 40 lower-case letters, digits or dashes";

  private Skus() {}
}
