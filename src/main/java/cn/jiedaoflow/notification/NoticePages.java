package cn.jiedaoflow.notification;

import java.util.Optional;

/**
 * Where a notice's reader follows it, for a procedure whose cases residents read outside "my cases": the owners'
 * pages of a property-fee proposal, for instance. The inbox asks each implementation after "my cases"; the page itself
 * decides whether its reader may see the case.
 */
public interface NoticePages {

    /** The page of the case with this tracking number, when this procedure has one for it. */
    Optional<String> pageOf(String trackingNumber);
}
