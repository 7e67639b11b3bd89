package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.ConsolePage;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's paper ballots (docs/console.md) for the staff who record them, as the API's
 * {@code POST /api/votes/{voteId}/ballots} does: the votes under way, and of one vote the ballot form, the owners who
 * have not voted yet and the participation so far. The ballot is {@link Votes#cast}: the same rules, refusals and
 * audit line as the API's; a refusal is the console's problem page with the domain's sentence.
 */
@Controller
@ConsolePage
class PaperBallotPages implements ConsoleSection {

    static final String PATH = "/console/paper-ballots";
    static final String VOTE = PATH + "/{voteId}";
    private static final String LIST_PAGE = "console/paper-ballots";
    private static final String VOTE_PAGE = "console/paper-ballot";

    private final PaperBallots paperBallots;
    private final Votes votes;

    PaperBallotPages(PaperBallots paperBallots, Votes votes) {
        this.paperBallots = paperBallots;
        this.votes = votes;
    }

    @Override
    public String titleKey() {
        return "console.paperBallots.title";
    }

    @Override
    public String descriptionKey() {
        return "console.paperBallots.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    /** The groups that record paper ballots (which votes of theirs, {@link Votes#checkPaperRecorder} says). */
    @Override
    public boolean openTo(Caller caller) {
        return Votes.OFFICE_PAPER_BALLOT_GROUPS.stream().anyMatch(caller::inGroup)
                || Votes.SCOPED_PAPER_BALLOT_GROUPS.stream().anyMatch(caller::inGroup);
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("votes", paperBallots.underWay(caller));
        return LIST_PAGE;
    }

    @GetMapping(VOTE)
    String vote(@AuthenticationPrincipal Caller caller, @PathVariable long voteId, Model model) {
        model.addAttribute("sheet", paperBallots.sheet(caller, voteId));
        return VOTE_PAGE;
    }

    /** Records one paper ballot, then shows the vote again with the person gone from those who have not voted. */
    @PostMapping(VOTE)
    String record(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long voteId,
            @RequestParam(name = "voter", required = false) String voter,
            @RequestParam(name = "choice", required = false) String choice,
            RedirectAttributes redirect,
            Model model) {
        PaperBallotSheet sheet = paperBallots.sheet(caller, voteId);
        if (blank(voter) || blank(choice)) {
            model.addAttribute("sheet", sheet);
            model.addAttribute("missing", blank(voter) ? "voter" : "choice");
            model.addAttribute("chosenVoter", voter);
            return VOTE_PAGE;
        }
        boolean developer = PaperBallots.DEVELOPER.equals(voter);
        Optional<PaperBallotSheet.NotVoted> person = sheet.notVoted().stream()
                .filter(notVoted -> notVoted.key().equals(voter))
                .findFirst();
        BallotView ballot = votes.cast(caller, voteId, new BallotRequest(choice, developer ? null : voter, developer));
        redirect.addFlashAttribute(
                "recordedUnits", person.map(PaperBallotSheet.NotVoted::units).orElse(voter));
        redirect.addFlashAttribute(
                "recordedName",
                person.map(PaperBallotSheet.NotVoted::maskedName).orElse(null));
        redirect.addFlashAttribute("recordedChoice", ballot.choice().name());
        return "redirect:" + PATH + "/" + voteId;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
