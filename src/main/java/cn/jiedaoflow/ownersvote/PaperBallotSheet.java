package cn.jiedaoflow.ownersvote;

import java.math.BigDecimal;
import java.util.List;

/**
 * What staff recording paper ballots see of one vote: who has voted so far, in headcount and area against the frozen
 * register's totals, and every counted person who has not (online or on paper). Never the choices: those are the
 * tally's, read by its own rules (docs/owners-vote.md, "The tally").
 *
 * @param notVoted the counted persons without a ballot, in the register's order
 */
public record PaperBallotSheet(
        VoteUnderWay vote,
        long votedOwners,
        long totalOwners,
        BigDecimal votedArea,
        BigDecimal totalArea,
        List<NotVoted> notVoted) {

    public PaperBallotSheet {
        notVoted = List.copyOf(notVoted);
    }

    /**
     * A counted person who has not voted.
     *
     * @param key        what the ballot form sends for them: the register's owner id, or {@code developer}
     * @param units      their units, {@code 1号楼 101、1号楼 102}
     * @param maskedName the owner's name masked; {@code null} for the developer
     * @param developer  whether this is the developer's single ballot for all unsold units
     * @param area       the area the ballot carries, m²
     */
    public record NotVoted(String key, String units, String maskedName, boolean developer, BigDecimal area) {}
}
