/**
 * A real Apache Cassandra node (or cluster) for tests and local development, and the JUnit extension that shares it.
 */
@NullMarked
package io.coodie.test;

import org.jspecify.annotations.NullMarked;
