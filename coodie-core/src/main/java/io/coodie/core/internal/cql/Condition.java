package io.coodie.core.internal.cql;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/**
 * One lightweight-transaction condition: {@code IF column <op> ?}.
 *
 * @param column the column compared
 * @param operator one of EQ, NE, LT, LTE, GT, GTE, IN
 */
public record Condition(CqlIdentifier column, Operator operator) {}
