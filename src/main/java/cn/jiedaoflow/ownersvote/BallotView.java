package cn.jiedaoflow.ownersvote;

import java.math.BigDecimal;
import java.time.Instant;

record BallotView(
        long id,
        long voteId,
        String ownerId,
        boolean developer,
        BallotChoice choice,
        BallotChannel channel,
        BigDecimal area,
        String recordedBy,
        Instant castAt) {}
