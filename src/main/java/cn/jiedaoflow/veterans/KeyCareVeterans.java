package cn.jiedaoflow.veterans;

import java.util.List;

/**
 * The veterans of the roster flagged for key care (重点对象), whom the holiday visits go to. The roster implements
 * it; the holiday-visit process reads it when it starts a round of visits.
 */
public interface KeyCareVeterans {

    /** Every key-care veteran on the roster now, ordered by service number. */
    List<KeyCareVeteran> all();

    /**
     * A key-care veteran as a visit task needs them: who, and how to reach them. The mobile is shown in full to
     * the station's staff who make the visit (their task needs it); it is never logged.
     */
    record KeyCareVeteran(long veteranId, String serviceNumber, String name, String mobile, String address) {}
}
