package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.people.Caller;
import java.util.List;
import java.util.Locale;
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
 * The owners' votes and opinion windows of the caller's estates (docs/portal.md, "Owners' votes"); the ballot itself
 * goes to {@code POST /api/votes/{voteId}/ballots}.
 */
@RestController
@RequestMapping(MyVotesController.PATH)
class MyVotesController {

    static final String PATH = "/api/my/votes";

    private final OwnerParticipation participation;
    private final OwnerOpinions opinions;

    MyVotesController(OwnerParticipation participation, OwnerOpinions opinions) {
        this.participation = participation;
        this.opinions = opinions;
    }

    @GetMapping
    List<OwnerParticipation.OwnerProposalItem> list(@AuthenticationPrincipal Caller caller, Locale locale) {
        return participation.list(caller, locale);
    }

    @GetMapping("/{trackingNumber}")
    OwnerProposalView detail(
            @AuthenticationPrincipal Caller caller, @PathVariable String trackingNumber, Locale locale) {
        return participation.detail(caller, trackingNumber, locale);
    }

    @PostMapping("/{trackingNumber}/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    OwnerOpinions.GivenOpinion give(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            @RequestBody OwnerOpinions.OpinionRequest request) {
        return opinions.give(caller, trackingNumber, request);
    }
}
