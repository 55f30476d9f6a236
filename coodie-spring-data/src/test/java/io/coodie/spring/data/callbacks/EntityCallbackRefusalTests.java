package io.coodie.spring.data.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.coodie.core.api.Coodie;
import io.coodie.spring.data.repository.config.EnableCoodieRepositories;
import io.coodie.test.support.OfflineSession;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mapping.callback.EntityCallback;

/** Entity callbacks are not called by coodie's repositories yet, so one declared for an entity fails start-up. */
class EntityCallbackRefusalTests {

  @Configuration(proxyBeanMethods = false)
  @EnableCoodieRepositories(basePackageClasses = Note.class)
  static class Repositories {
    @Bean
    Coodie coodie() {
      return Coodie.create(OfflineSession.create());
    }
  }

  static class NoteCallback implements EntityCallback<Note> {}

  static class AnyEntityCallback implements EntityCallback<Object> {}

  @Configuration(proxyBeanMethods = false)
  static class WithNoteCallback {
    @Bean
    NoteCallback noteCallback() {
      return new NoteCallback();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class WithAnyEntityCallback {
    @Bean
    AnyEntityCallback anyCallback() {
      return new AnyEntityCallback();
    }
  }

  @Test
  void aCallbackForACoodieEntityFailsStartUpNamingItAndTheRepository() {
    Throwable failure = catchThrowable(() -> new AnnotationConfigApplicationContext(Repositories.class,
        WithNoteCallback.class).close());
    Throwable cause = failure;
    while (cause != null && !(cause instanceof IllegalStateException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("the refusal in " + failure).isNotNull();
    assertThat(cause).hasMessage("Entity callback bean 'noteCallback' (" + NoteCallback.class.getName() + ") is"
        + " declared for " + Note.class.getName() + ", but coodie repositories do not call Spring Data entity"
        + " callbacks yet, so it would never run for " + NoteRepository.class.getName() + ". Remove the bean, or do"
        + " the work in the service that calls the repository.");
  }

  @Test
  void callbacksForAnyEntityAndNoCallbacksStartFine() {
    try (var context = new AnnotationConfigApplicationContext(Repositories.class, WithAnyEntityCallback.class)) {
      assertThat(context.getBean(NoteRepository.class)).isNotNull();
      assertThat(context.getBeansOfType(EntityCallback.class)).containsOnlyKeys("anyCallback");
    }
    try (var context = new AnnotationConfigApplicationContext(Repositories.class)) {
      assertThat(context.getBeanNamesForType(NoteRepository.class)).hasSize(1);
    }
  }
}
