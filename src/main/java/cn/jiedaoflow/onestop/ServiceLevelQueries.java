package cn.jiedaoflow.onestop;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The counts the leaders' overview asks of the one-stop service ({@link OneStopServiceLevels}). */
interface ServiceLevelQueries extends Repository<MemberReview, Long> {

    /** The open parts ({@link Sla#light}: undecided, of an application before its decision) red at {@code now}. */
    @Query("SELECT COUNT(r) FROM MemberReview r, OneStopApplication a WHERE a.header.trackingNumber = r.trackingNumber"
            + " AND r.approved IS NULL AND a.status IN :open AND r.reviewDue <= :now")
    long countRed(@Param("now") Instant now, @Param("open") Collection<ApplicationStatus> open);

    /** The open parts past their warning time but not yet at their deadline at {@code now}: yellow. */
    @Query("SELECT COUNT(r) FROM MemberReview r, OneStopApplication a WHERE a.header.trackingNumber = r.trackingNumber"
            + " AND r.approved IS NULL AND a.status IN :open AND r.warningAt <= :now AND r.reviewDue > :now")
    long countYellow(@Param("now") Instant now, @Param("open") Collection<ApplicationStatus> open);

    /** The applicants' ratings by score: rows of the score and how many gave it. */
    @Query("SELECT a.rating, COUNT(a) FROM OneStopApplication a WHERE a.rating IS NOT NULL GROUP BY a.rating")
    List<Object[]> ratingsByScore();
}
