package io.coodie.sample.catalog;

/** A product and how often it was viewed. */
public record ProductDetails(Product product, long views) {}
