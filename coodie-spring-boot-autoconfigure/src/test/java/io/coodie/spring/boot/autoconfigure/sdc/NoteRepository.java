package io.coodie.spring.boot.autoconfigure.sdc;

import org.springframework.data.cassandra.repository.CassandraRepository;

/** Spring Data Cassandra's repository. */
public interface NoteRepository extends CassandraRepository<Note, String> {}
