package org.migrationdialogue.pipeline.enrich.core.find;

import java.time.LocalDate;

/** A date or date range found in text, with its offsets. */
record DateRange(LocalDate start, LocalDate end, int from, int to) {}
