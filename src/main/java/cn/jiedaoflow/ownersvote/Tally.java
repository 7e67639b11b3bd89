package cn.jiedaoflow.ownersvote;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seven inputs of the decision {@code owners-vote-outcome}: the frozen register's totals and what the
 * ballots bring. Areas are exact; every ballot participates, AGREE ballots also agree.
 */
record Tally(
        MatterType matterType,
        BigDecimal totalArea,
        long totalOwners,
        BigDecimal participatingArea,
        long participatingOwners,
        BigDecimal agreeArea,
        long agreeOwners) {

    /** The tally from the ballots summed by choice ({@link BallotRepository#sumByChoice}). */
    static Tally of(Vote vote, Collection<ChoiceSum> sums) {
        BigDecimal participating = BigDecimal.ZERO;
        long participants = 0;
        BigDecimal agree = BigDecimal.ZERO;
        long agreeing = 0;
        for (ChoiceSum sum : sums) {
            participating = participating.add(sum.area());
            participants += sum.ballots();
            if (sum.choice() == BallotChoice.AGREE) {
                agree = agree.add(sum.area());
                agreeing += sum.ballots();
            }
        }
        return new Tally(
                vote.getMatterType(),
                vote.getTotalArea(),
                vote.getTotalOwners(),
                participating,
                participants,
                agree,
                agreeing);
    }

    /** The decision's variables with exact areas (BigDecimal), for evaluating it directly. */
    Map<String, Object> exactVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(OwnersVote.VAR_MATTER_TYPE, matterType.name());
        variables.put(OwnersVote.VAR_TOTAL_AREA, totalArea);
        variables.put(OwnersVote.VAR_TOTAL_OWNERS, totalOwners);
        variables.put(OwnersVote.VAR_PARTICIPATING_AREA, participatingArea);
        variables.put(OwnersVote.VAR_PARTICIPATING_OWNERS, participatingOwners);
        variables.put(OwnersVote.VAR_AGREE_AREA, agreeArea);
        variables.put(OwnersVote.VAR_AGREE_OWNERS, agreeOwners);
        return variables;
    }

    /**
     * The same as process variables: areas as Double, which FEEL reads as the decimal it prints as (two
     * decimals here), so the decision compares them exactly; a Double is a primitive variable in history.
     */
    Map<String, Object> processVariables() {
        Map<String, Object> variables = exactVariables();
        variables.put(OwnersVote.VAR_TOTAL_AREA, totalArea.doubleValue());
        variables.put(OwnersVote.VAR_PARTICIPATING_AREA, participatingArea.doubleValue());
        variables.put(OwnersVote.VAR_AGREE_AREA, agreeArea.doubleValue());
        return variables;
    }
}
