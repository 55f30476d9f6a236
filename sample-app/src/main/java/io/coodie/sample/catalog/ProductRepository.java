package io.coodie.sample.catalog;

import io.coodie.spring.data.repository.CoodieRepository;

/**
 * Products of every kind, by SKU. Everything used is inherited: {@code findById}, {@code findAll(Pageable)} (pages
 * in token order), {@code operations()} for conditional inserts and change-tracked updates, and {@code mutate(sku)}
 * for the conditional stock update.
 */
public interface ProductRepository extends CoodieRepository<Product, String> {}
