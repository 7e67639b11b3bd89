package cn.jiedaoflow.ownersvote;

import java.time.Instant;

/** What calling a vote needs: the estate, the matter, the window, the case it belongs to and who calls it. */
record VoteCall(
        long estateId,
        MatterType matterType,
        String subject,
        Instant windowOpens,
        Instant windowCloses,
        String trackingNumber,
        String calledBy) {}
