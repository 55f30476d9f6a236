/**
 * Failure analyzers: a start-up that fails on the connection, the credentials, a datacenter, the keyspace, a
 * repository method or a removed {@code coodie.*} key prints what went wrong and what to do, instead of a bean
 * creation chain.
 */
@NullMarked
package io.coodie.spring.boot.autoconfigure.diagnostics;

import org.jspecify.annotations.NullMarked;
