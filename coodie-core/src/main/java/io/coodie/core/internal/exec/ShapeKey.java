package io.coodie.core.internal.exec;

import io.coodie.core.internal.cql.StatementSpec;

/** Cache key of a prepared shape: the same spec mapped to two Java types needs two sets of codecs. */
record ShapeKey(Class<?> entity, StatementSpec spec) {}
