package cn.jiedaoflow.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A year with holiday data, as {@code GET /api/calendar/years} lists it. */
record YearSummary(int year, LocalDate springFestival, String source, OffsetDateTime updatedAt, String updatedBy) {}
