package org.wiretrace;

import java.util.List;
import org.wiretrace.ingest.ColumnMapping;
import org.wiretrace.ingest.InputFormat;
import org.wiretrace.overlap.OverlapOptions;
import org.wiretrace.terms.TermsOptions;

/** Everything {@code wiretrace run} was told, parsed and checked once by {@link RunCommand}. */
public record RunConfig(
    List<String> inputs,
    String output,
    InputFormat format,
    List<String> stages,
    ColumnMapping columns,
    TermsOptions terms,
    OverlapOptions overlap) {}
