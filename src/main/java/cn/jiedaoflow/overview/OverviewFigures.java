package cn.jiedaoflow.overview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The leaders' overview at one instant (docs/overview.md): the open cases by procedure and by department (the
 * candidate group of their open tasks), the open tasks due today and overdue, the committed time limits' yellow and
 * red lights, the ratings, and the cases started in each of the last 12 months. Public, as the pages and the JSON
 * read it.
 *
 * @param shownAt       {@code at} as people read it on the office's clock, {@code 2026-12-17 09:30}
 * @param ratingAverage the average score to two decimals, {@code null} while nobody has rated
 */
public record OverviewFigures(
        Instant at,
        String shownAt,
        List<Count> casesByProcedure,
        List<Count> casesByDepartment,
        long dueToday,
        long overdue,
        long slaYellow,
        long slaRed,
        long ratings,
        BigDecimal ratingAverage,
        long poorRatings,
        List<Count> casesPerMonth) {}
