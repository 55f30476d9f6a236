package io.coodie.spring.data.callbacks;

import io.coodie.spring.data.repository.CoodieRepository;

/** The repository of {@link Note}. */
public interface NoteRepository extends CoodieRepository<Note, String> {}
