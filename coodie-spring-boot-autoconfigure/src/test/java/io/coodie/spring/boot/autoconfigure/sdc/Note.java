package io.coodie.spring.boot.autoconfigure.sdc;

import org.springframework.data.annotation.Id;
import org.springframework.data.cassandra.core.mapping.Table;

/** A Spring Data Cassandra entity. */
@Table("sdc_notes")
public record Note(@Id String id, String text) {}
