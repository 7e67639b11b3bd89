package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.PortalPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The owners' pages of the portal (docs/portal.md, "Owners' votes"): the list of the proposals of the caller's
 * estates and one proposal's page, rendered from the same services as {@code /api/my/votes}; the page's script
 * ({@code /portal/js/vote.js}) gives the opinion and casts the ballot through the API. A proposal the caller may not
 * see answers the same 404 page as one that does not exist. The header is the portal's (layout.html).
 */
@Controller
@PortalPage
class OwnersVotePages {

    static final String LIST = "/owners/votes";
    static final String ONE = "/owners/votes/{trackingNumber}";

    private final OwnerParticipation participation;

    OwnersVotePages(OwnerParticipation participation) {
        this.participation = participation;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        if (caller != null && !caller.isStaff()) {
            model.addAttribute("proposals", participation.list(caller, locale));
        }
        return "portal/votes";
    }

    @GetMapping(ONE)
    String one(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        if (caller == null || caller.isStaff()) {
            return "portal/vote";
        }
        participation
                .find(caller, trackingNumber, locale)
                .ifPresentOrElse(
                        found -> model.addAttribute("found", found),
                        () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
        model.addAttribute("notFound", !model.containsAttribute("found"));
        return "portal/vote";
    }
}
