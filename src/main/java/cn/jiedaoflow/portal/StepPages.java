package cn.jiedaoflow.portal;

import cn.jiedaoflow.notification.Inbox;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.services.ApplicantTasks;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A step of one of the visitor's cases that its model offers to the applicant (docs/portal.md, "Services from the
 * models"): the step's form in the form-js viewer, with the case's values it may show, sent to
 * {@code POST /api/my/tasks/{taskId}/completion}. Another's step and one no longer open: the same 404 page.
 */
@Controller
class StepPages {

    private final ApplicantTasks tasks;
    private final Inbox inbox;

    StepPages(ApplicantTasks tasks, Inbox inbox) {
        this.tasks = tasks;
        this.inbox = inbox;
    }

    /** The header of every portal page (as {@link PortalPages} fills it). */
    @ModelAttribute
    void header(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        model.addAttribute("caller", caller);
        model.addAttribute("hasInbox", caller != null && !caller.isStaff());
        model.addAttribute("hasMyCases", caller != null && !caller.isStaff());
        model.addAttribute("unread", inbox.unread(caller));
        model.addAttribute("english", english);
        model.addAttribute("htmlLang", english ? "en" : "zh-CN");
    }

    @GetMapping(PortalPaths.MY_TASK)
    String step(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String taskId,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        if (caller.isStaff()) {
            model.addAttribute("staff", true);
            return "portal/my-task";
        }
        tasks.find(caller, taskId, locale)
                .ifPresentOrElse(
                        step -> model.addAttribute("step", step),
                        () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
        model.addAttribute("notFound", !model.containsAttribute("step"));
        return "portal/my-task";
    }
}
