package cn.jiedaoflow.portal;

import cn.jiedaoflow.cases.CaseReceipt;
import cn.jiedaoflow.cases.MyCases;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.notification.Inbox;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.TooManySignInFailures;
import cn.jiedaoflow.services.ApplicantTasks;
import cn.jiedaoflow.services.OfferedService;
import cn.jiedaoflow.services.ServiceOffers;
import cn.jiedaoflow.web.PortalPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The resident portal's pages (docs/portal.md), rendered on the server in the visitor's language. Each page's own
 * script (under {@code /portal/js}) calls the same {@code /api} as any other client; the pages themselves only show.
 */
@Controller
@PortalPage
@EnableConfigurationProperties(PortalLinks.class)
class PortalPages {

    /** The longest login name shown back on a refused sign-in (a mobile number, a credit code, a staff id). */
    private static final int SHOWN_LOGIN_NAME = 64;

    private final ServiceCatalog catalog;
    private final Inbox inbox;
    private final MyCases myCases;
    private final MessageSource messages;
    private final OfficeTime office;
    private final ServiceOffers offers;
    private final PortalLinks links;
    private final ApplicantTasks steps;

    PortalPages(
            ServiceCatalog catalog,
            Inbox inbox,
            MyCases myCases,
            MessageSource messages,
            OfficeTime office,
            ServiceOffers offers,
            PortalLinks links,
            ApplicantTasks steps) {
        this.steps = steps;
        this.offers = offers;
        this.links = links;
        this.catalog = catalog;
        this.inbox = inbox;
        this.myCases = myCases;
        this.messages = messages;
        this.office = office;
    }

    @GetMapping(PortalPaths.HOME)
    String home(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("matters", catalog.list());
        model.addAttribute(
                "processes",
                offers.offeredTo(caller).stream()
                        .filter(service -> service.kind() == OfferedService.Kind.PROCESS)
                        .filter(service -> service.applyPage() != null)
                        .toList());
        return "portal/home";
    }

    @GetMapping(PortalPaths.SIGN_IN)
    String signIn(@AuthenticationPrincipal Caller caller) {
        return caller == null ? "portal/sign-in" : "redirect:" + PortalPaths.INBOX;
    }

    /**
     * A refused sign-in, forwarded here by the sign-in form's filter: the form again, the login name kept, and why —
     * 401 for a wrong login name or password (one answer for both), 429 with the lock's end and a way to unlock.
     */
    @RequestMapping(
            path = PortalPaths.SIGN_IN_REFUSED,
            method = {RequestMethod.GET, RequestMethod.POST})
    String signInRefused(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        if (!(request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e)) {
            return "redirect:" + PortalPaths.SIGN_IN;
        }
        String loginName = request.getParameter("loginName");
        if (loginName != null) {
            String kept = loginName.strip();
            model.addAttribute("loginName", kept.substring(0, Math.min(kept.length(), SHOWN_LOGIN_NAME)));
        }
        if (e instanceof TooManySignInFailures wait) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.retryAfterSeconds()));
            model.addAttribute("refusal", messages.getMessage(wait.messageKey(), wait.args(), locale));
            if (wait.isAccountLock()) {
                model.addAttribute("lockedUntil", wait.shownUntil(office));
                model.addAttribute(
                        "lockedUntilIso", office.local(wait.waitUntil()).toString());
            }
        } else {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("refusal", messages.getMessage("portal.signIn.refused", null, locale));
        }
        return "portal/sign-in";
    }

    @GetMapping(PortalPaths.SIGN_UP)
    String signUpResident(Model model) {
        model.addAttribute("enterprise", false);
        return "portal/sign-up";
    }

    @GetMapping(PortalPaths.SIGN_UP_ENTERPRISE)
    String signUpEnterprise(Model model) {
        model.addAttribute("enterprise", true);
        return "portal/sign-up";
    }

    @GetMapping(PortalPaths.PASSWORD_RESET)
    String passwordReset() {
        return "portal/password-reset";
    }

    @GetMapping(PortalPaths.INBOX)
    String inbox(@AuthenticationPrincipal Caller caller, Model model) {
        if (caller != null && !caller.isStaff()) {
            model.addAttribute("inbox", inbox.of(caller));
        }
        return "portal/inbox";
    }

    /** The signed-in resident's cases, newest first; an enterprise's list is empty; staff are sent to Tasklist. */
    @GetMapping(PortalPaths.MY_CASES)
    String myCases(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        if (caller != null && !caller.isStaff()) {
            model.addAttribute("cases", myCases.of(caller, locale));
        }
        return "portal/my-cases";
    }

    /** One of the resident's cases; another's and an unknown number answer the same 404 page. */
    @GetMapping(PortalPaths.MY_CASE)
    String myCase(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        if (caller == null || caller.isStaff()) {
            return "portal/my-case";
        }
        myCases.detail(caller, trackingNumber, locale)
                .ifPresentOrElse(
                        found -> {
                            model.addAttribute("found", found);
                            model.addAttribute("steps", steps.onCase(caller, trackingNumber, locale));
                        },
                        () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
        model.addAttribute("notFound", !model.containsAttribute("found"));
        return "portal/my-case";
    }

    /**
     * A case's receipt (回执), to print: with a QR code of the case's page on the configured base address (or the one
     * asked at). Another's and an unknown number answer the case page's 404.
     */
    @GetMapping(PortalPaths.MY_CASE_RECEIPT)
    String myCaseReceipt(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        if (caller == null || caller.isStaff()) {
            return "portal/my-case";
        }
        Optional<CaseReceipt> receipt = myCases.receipt(caller, trackingNumber, locale);
        if (receipt.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", true);
            return "portal/my-case";
        }
        String link = links.absolute(
                receipt.get().path(),
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        model.addAttribute("receipt", receipt.get());
        model.addAttribute("link", link);
        model.addAttribute("qrCode", QrCodes.dataUri(link));
        return "portal/receipt";
    }
}
