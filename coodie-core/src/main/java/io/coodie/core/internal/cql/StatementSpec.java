package io.coodie.core.internal.cql;

/** The shape of one CQL statement: immutable, comparable, and a prepared-statement cache key. */
public sealed interface StatementSpec permits SelectSpec, InsertSpec, UpdateSpec, DeleteSpec {

  /** The table the statement targets. */
  TableRef table();

  /** Renders the CQL text and describes its bind markers. */
  RenderedStatement render();
}
