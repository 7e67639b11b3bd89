package cn.jiedaoflow.portal;

import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.drafts.Drafts;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.services.DedicatedStart;
import cn.jiedaoflow.services.OfferedService;
import cn.jiedaoflow.services.ServiceOffers;
import cn.jiedaoflow.web.PortalPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The apply page of a one-stop matter, of a process filed through the generic door, or of one filed through a door of
 * its own that takes its start form ({@code DedicatedStart.FormDoor}) (docs/portal.md, "Applying online"): its form
 * in the form-js viewer, its materials, the applicant as the account knows them (the ID number masked: the full number
 * never reaches the page; a dedicated door's form has the applicant's fields, filled in read-only), the resident's
 * drafts. Anonymous visitors are sent to sign in and come back here.
 */
@Controller
@PortalPage
class ApplyPages {

    /** The page's kind of a process filed through a door of its own that takes the start form as JSON. */
    private static final String DEDICATED = "DEDICATED";

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
        Optional<OfferedService> process = matter.isPresent() ? Optional.empty() : offers.onThePortal(code);
        if (matter.isEmpty() && process.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
            return "portal/apply";
        }
        if (caller == null) {
            return "redirect:" + SignInFirst.target(PortalPaths.applyPage(code));
        }
        model.addAttribute("notFound", false);
        OfferedService service = matter.map(OfferedService::of).orElseGet(process::get);
        Optional<DedicatedStart.FormDoor> door = matter.isPresent() ? Optional.empty() : offers.formDoor(code);
        model.addAttribute("service", service);
        model.addAttribute("matter", matter.orElse(null));
        model.addAttribute("kind", door.isPresent() ? DEDICATED : service.kind().name());
        model.addAttribute(
                "formUrl", matter.isPresent() ? "/api/forms/" + service.formKey() : "/api/services/" + code + "/form");
        boolean allowed = service.forCaller(caller);
        model.addAttribute("allowed", allowed);
        model.addAttribute("resident", caller.kind() == Caller.Kind.RESIDENT);
        Map<DedicatedStart.AccountField, String> account =
                caller.kind() == Caller.Kind.RESIDENT ? account(caller) : Map.of();
        if (matter.isPresent() && !account.isEmpty()) {
            model.addAttribute("applicantName", account.get(DedicatedStart.AccountField.NAME));
            model.addAttribute("applicantMobile", account.get(DedicatedStart.AccountField.MOBILE));
            model.addAttribute("applicantIdNumber", account.get(DedicatedStart.AccountField.ID_NUMBER));
        }
        Map<String, String> accountFields = new TreeMap<>();
        door.ifPresent(found ->
                found.accountFields().forEach((key, field) -> accountFields.put(key, account.getOrDefault(field, ""))));
        model.addAttribute("accountFields", accountFields);
        model.addAttribute("drafts", allowed ? drafts.list(caller, locale) : List.of());
        return "portal/apply";
    }

    /** A resident's account as an application shows it: the ID number masked (the full number never reaches a page). */
    private Map<DedicatedStart.AccountField, String> account(Caller caller) {
        String idNumber = cases.idNumberOf(caller);
        return Map.of(
                DedicatedStart.AccountField.NAME, caller.displayName(),
                DedicatedStart.AccountField.MOBILE, caller.username(),
                DedicatedStart.AccountField.ID_NUMBER, idNumber == null ? "" : IdNumbers.mask(idNumber));
    }
}
