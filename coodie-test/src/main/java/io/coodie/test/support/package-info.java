/**
 * Session stand-ins for tests that need no node, or that assert what was sent to one: {@link
 * io.coodie.test.support.OfflineSession} (never connects; builds and renders, fails on anything sent) and {@link
 * io.coodie.test.support.RecordingSession} (records preparations and executions, live or offline).
 */
@NullMarked
package io.coodie.test.support;

import org.jspecify.annotations.NullMarked;
