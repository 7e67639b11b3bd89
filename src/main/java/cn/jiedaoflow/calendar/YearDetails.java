package cn.jiedaoflow.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A year's holiday data in full, as {@code GET /api/calendar/years/{year}} answers it. */
record YearDetails(
        int year,
        LocalDate springFestival,
        List<LocalDate> holidays,
        List<LocalDate> makeUpWorkdays,
        String source,
        OffsetDateTime updatedAt,
        String updatedBy) {}
