package io.coodie.core.internal.reactive;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.reactive.ReactiveCoodie;

/**
 * Creates the reactive API of a coodie once Reactor is known to be on the classpath. Refers to no Reactor type
 * itself, so {@code Coodie} can call it without Reactor, and get a clear message instead of a
 * {@code NoClassDefFoundError}.
 */
public final class ReactiveEntry {

  private ReactiveEntry() {}

  /**
   * The reactive API of {@code coodie}.
   *
   * @throws IllegalStateException if Reactor is not on the classpath
   */
  public static ReactiveCoodie of(Coodie coodie) {
    try {
      Class.forName("reactor.core.publisher.Flux", false, ReactiveEntry.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("coodie's reactive API needs Project Reactor: add io.projectreactor:"
          + "reactor-core to the classpath (coodie-core declares it optional)", e);
    }
    return new DefaultReactiveCoodie(coodie);
  }
}
