package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.owners.RollUnit;
import cn.jiedaoflow.owners.VoterRolls;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.scope.EstateDirectory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console's paper-ballot pages read (docs/console.md): the votes under way that the staff member records
 * paper ballots for, and of one vote who has voted and who has not. Who may is {@link Votes}' rule, the same as for
 * the API's ballots; the ballot itself is recorded by {@link Votes#cast}, audited there.
 */
@Service
class PaperBallots {

    /** What the ballot form sends for the developer's single ballot. */
    static final String DEVELOPER = "developer";

    private static final Set<VoteStatus> UNDER_WAY = EnumSet.of(VoteStatus.NOTICE, VoteStatus.OPEN);

    private final Votes votes;
    private final VoteRepository repository;
    private final VoteVoterRepository voters;
    private final BallotRepository ballots;
    private final VoterRolls rolls;
    private final EstateDirectory estates;
    private final WorkingCalendar calendar;

    PaperBallots(
            Votes votes,
            VoteRepository repository,
            VoteVoterRepository voters,
            BallotRepository ballots,
            VoterRolls rolls,
            EstateDirectory estates,
            WorkingCalendar calendar) {
        this.votes = votes;
        this.repository = repository;
        this.voters = voters;
        this.ballots = ballots;
        this.rolls = rolls;
        this.estates = estates;
        this.calendar = calendar;
    }

    /** The votes whose window has not closed that the caller records paper ballots for, the soonest to close first. */
    @Transactional(readOnly = true)
    List<VoteUnderWay> underWay(Caller caller) {
        Instant now = calendar.now();
        return repository.findByStatusInAndWindowClosesAfterOrderByWindowClosesAscIdAsc(UNDER_WAY, now).stream()
                .filter(vote -> votes.recordsPaperBallots(caller, vote))
                .map(vote -> view(vote, now))
                .toList();
    }

    /** The vote's participation and the persons who have not voted; refused as a paper ballot would be. */
    @Transactional(readOnly = true)
    PaperBallotSheet sheet(Caller caller, long voteId) {
        Vote vote = votes.get(voteId);
        votes.checkPaperRecorder(caller, vote);
        List<Ballot> cast = ballots.findByVoteId(voteId);
        Set<Long> voted = cast.stream().map(Ballot::getVoterId).collect(Collectors.toSet());
        BigDecimal votedArea = cast.stream().map(Ballot::getArea).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<RollUnit> units = rolls.unitsOf(vote.getEstateId());
        Map<String, List<RollUnit>> byPerson = new LinkedHashMap<>();
        units.forEach(unit ->
                byPerson.computeIfAbsent(key(unit), k -> new ArrayList<>()).add(unit));
        List<String> order = new ArrayList<>(byPerson.keySet());
        List<PaperBallotSheet.NotVoted> notVoted = voters.findByVoteIdOrderByIdAsc(voteId).stream()
                .filter(voter -> !voted.contains(voter.getId()))
                .map(voter -> notVoted(voter, byPerson.getOrDefault(key(voter), List.of())))
                .sorted(Comparator.comparingInt(person -> rank(order, person.key())))
                .toList();
        return new PaperBallotSheet(
                view(vote, calendar.now()),
                cast.size(),
                vote.getTotalOwners(),
                votedArea.setScale(2),
                vote.getTotalArea(),
                notVoted);
    }

    private static PaperBallotSheet.NotVoted notVoted(VoteVoter voter, List<RollUnit> units) {
        String where =
                units.stream().map(unit -> unit.building() + " " + unit.unit()).collect(Collectors.joining("、"));
        String name = units.stream()
                .map(RollUnit::maskedName)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new PaperBallotSheet.NotVoted(key(voter), where, name, voter.isDeveloper(), voter.getArea());
    }

    /** A person's place in the register: that of their first unit; a person the register no longer holds, last. */
    private static int rank(List<String> order, String key) {
        int at = order.indexOf(key);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static String key(RollUnit unit) {
        return unit.developerUnsold() ? DEVELOPER : unit.ownerId();
    }

    private static String key(VoteVoter voter) {
        return voter.isDeveloper() ? DEVELOPER : voter.getRegisterOwnerId();
    }

    private VoteUnderWay view(Vote vote, Instant now) {
        return new VoteUnderWay(
                vote.getId(),
                estates.nameOf(vote.getEstateId()).orElse(String.valueOf(vote.getEstateId())),
                vote.getSubject(),
                vote.getMatterType().name(),
                calendar.shown(vote.getWindowOpens()),
                calendar.shown(vote.getWindowCloses()),
                vote.inWindow(now));
    }
}
