package cn.jiedaoflow.portal;

import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.drafts.Drafts;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.services.OfferedService;
import cn.jiedaoflow.services.ServiceOffers;
import cn.jiedaoflow.web.PortalPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The apply page of a one-stop matter or of a process filed through the generic door (docs/portal.md, "Applying
 * online"): its form in the form-js viewer, its materials, the applicant as the account knows them (the ID number
 * masked: the full number never reaches the page), the resident's drafts. Anonymous visitors are sent to sign in and
 * come back here.
 */
@Controller
@PortalPage
class ApplyPages {

    private final ServiceCatalog catalog;
    private final CaseAccess cases;
    private final Drafts drafts;
    private final ServiceOffers offers;

    ApplyPages(ServiceCatalog catalog, CaseAccess cases, Drafts drafts, ServiceOffers offers) {
        this.offers = offers;
        this.catalog = catalog;
        this.cases = cases;
        this.drafts = drafts;
    }

    @GetMapping(PortalPaths.APPLY)
    String apply(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        Optional<Matter> matter = catalog.find(code).filter(found -> !found.isMember());
        Optional<OfferedService> process = matter.isPresent() ? Optional.empty() : offers.generic(code);
        if (matter.isEmpty() && process.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
            return "portal/apply";
        }
        if (caller == null) {
            return "redirect:" + PortalPaths.SIGN_IN + "?next=" + PortalPaths.applyPage(code);
        }
        model.addAttribute("notFound", false);
        OfferedService service = matter.map(OfferedService::of).orElseGet(process::get);
        model.addAttribute("service", service);
        model.addAttribute("matter", matter.orElse(null));
        model.addAttribute(
                "formUrl", matter.isPresent() ? "/api/forms/" + service.formKey() : "/api/services/" + code + "/form");
        boolean allowed = service.forCaller(caller);
        model.addAttribute("allowed", allowed);
        model.addAttribute("resident", caller.kind() == Caller.Kind.RESIDENT);
        if (matter.isPresent() && caller.kind() == Caller.Kind.RESIDENT) {
            model.addAttribute("applicantName", caller.displayName());
            model.addAttribute("applicantMobile", caller.username());
            String idNumber = cases.idNumberOf(caller);
            model.addAttribute("applicantIdNumber", idNumber == null ? "" : IdNumbers.mask(idNumber));
        }
        model.addAttribute("drafts", allowed ? drafts.list(caller, locale) : List.of());
        return "portal/apply";
    }
}
