package cn.jiedaoflow.overview;

import java.time.Instant;
import java.util.Map;

/**
 * What a procedure tells the leaders' overview of its own committed time limits and its applicants' ratings, which it
 * keeps in its own tables (the one-stop service's departments' parts and its 好差评). The overview adds up every
 * procedure's; it never reads a procedure's tables itself, as a shared part knows no procedure.
 */
public interface ServiceLevels {

    /** The procedure's open parts that are yellow or red at {@code now}. */
    SlaLights lights(Instant now);

    /** How many ratings the procedure's applicants gave, by score (1 to 5); a score nobody gave may be absent. */
    Map<Integer, Long> ratingsByScore();
}
