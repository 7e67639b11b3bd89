package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.people.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ballots and tallies of owners' votes. Who may do what is decided in {@link Votes}: linked owners cast
 * their own ballot, staff of the self-governance office and the committees record paper ballots.
 */
@RestController
@RequestMapping(VoteController.PATH)
class VoteController {

    static final String PATH = "/api/votes";

    private final Votes votes;

    VoteController(Votes votes) {
        this.votes = votes;
    }

    @PostMapping("/{voteId}/ballots")
    @ResponseStatus(HttpStatus.CREATED)
    BallotView cast(
            @AuthenticationPrincipal Caller caller, @PathVariable long voteId, @RequestBody BallotRequest request) {
        return votes.cast(caller, voteId, request);
    }

    @GetMapping("/{voteId}/tally")
    TallyView tally(@AuthenticationPrincipal Caller caller, @PathVariable long voteId) {
        return votes.tallyFor(caller, voteId);
    }
}
