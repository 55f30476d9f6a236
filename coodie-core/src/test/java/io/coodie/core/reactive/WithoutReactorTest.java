package io.coodie.core.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reactor is optional: coodie-core's classes are loaded, verified and used (sync and async) by a class loader that
 * cannot see Reactor, and none of them even asks for a Reactor class; {@code coodie.reactive()} then says what is
 * missing instead of failing with {@code NoClassDefFoundError}.
 */
class WithoutReactorTest {

  /** Defines coodie-core's classes itself (so they link against what it sees) and refuses every Reactor class. */
  static final class NoReactorLoader extends ClassLoader {
    final List<String> reactorRequests = new CopyOnWriteArrayList<>();

    NoReactorLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (name.startsWith("reactor.")) {
          reactorRequests.add(name);
          throw new ClassNotFoundException(name + " (Reactor hidden by " + getClass().getSimpleName() + ")");
        }
        if (!name.startsWith("io.coodie.core.")) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSyncAndAsyncApiNeverLoadReactorAndReactiveSaysWhatIsMissing() throws Exception {
    NoReactorLoader loader = new NoReactorLoader(getClass().getClassLoader());
    Function<String, String> app = (Function<String, String>) loader
        .loadClass("io.coodie.core.reactive.WithoutReactorApp").getDeclaredConstructor().newInstance();

    assertThat(app.apply("sync and async")).isEqualTo("SELECT id FROM product WHERE id=? LIMIT ?");
    assertThat(loader.reactorRequests).isEmpty();

    assertThat(app.apply("reactive")).isEqualTo("IllegalStateException: coodie's reactive API needs Project"
        + " Reactor: add io.projectreactor:reactor-core to the classpath (coodie-core declares it optional)");
    assertThat(loader.reactorRequests).containsExactly("reactor.core.publisher.Flux");
  }
}
