package cn.jiedaoflow.ownersvote;

import java.math.BigDecimal;

/** The tally of a vote: the seven inputs of {@code owners-vote-outcome} and its outcome, flat. */
record TallyView(
        String matterType,
        BigDecimal totalArea,
        long totalOwners,
        BigDecimal participatingArea,
        long participatingOwners,
        BigDecimal agreeArea,
        long agreeOwners,
        String outcome) {

    static TallyView of(Tally tally, String outcome) {
        return new TallyView(
                tally.matterType().name(),
                tally.totalArea(),
                tally.totalOwners(),
                tally.participatingArea(),
                tally.participatingOwners(),
                tally.agreeArea(),
                tally.agreeOwners(),
                outcome);
    }
}
