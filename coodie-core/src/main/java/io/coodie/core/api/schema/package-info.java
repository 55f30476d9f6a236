/**
 * Schema management: create, validate and evolve the keyspaces, user types, tables and indexes of
 * mapped entities.
 *
 * <p>Entry point: {@link io.coodie.core.api.schema.SchemaManager}. It compares the entities'
 * {@link io.coodie.core.api.metadata.EntityMetadata} with the live schema and computes a {@link
 * io.coodie.core.api.schema.SchemaPlan} (the exact DDL, the differences, the warnings) for a
 * {@link io.coodie.core.api.schema.SchemaAction}, then optionally executes it.
 *
 * <pre>{@code
 * SchemaManager schema = SchemaManager.create(session);
 * schema.createKeyspace("shop", Replication.networkTopology(Map.of("dc1", 3)));
 * SchemaPlan dryRun = schema.plan(SchemaAction.UPDATE, Product.class, Customer.class);
 * dryRun.statements().forEach(System.out::println);
 * schema.sync(SchemaAction.UPDATE, Product.class, Customer.class);
 * }</pre>
 *
 * <p>Evolution is additive only: new user types, fields, tables, columns, indexes and changed
 * table options are applied; nothing is ever dropped or renamed (except by {@link
 * io.coodie.core.api.schema.SchemaAction#RECREATE}, meant for tests). Changes Cassandra cannot
 * apply in place (primary key, column or field types, counter tables) are refused with an {@link
 * io.coodie.core.api.schema.IncompatibleSchemaException} before any statement runs.
 */
@NullMarked
package io.coodie.core.api.schema;

import org.jspecify.annotations.NullMarked;
