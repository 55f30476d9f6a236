package io.coodie.core.internal.cql;

import java.util.List;

/**
 * CQL text and what each of its positional bind markers stands for, in order.
 *
 * @param cql the statement text
 * @param markers one entry per {@code ?}, in textual order
 */
public record RenderedStatement(String cql, List<Marker> markers) {
  public RenderedStatement {
    markers = List.copyOf(markers);
  }
}
