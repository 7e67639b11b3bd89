package cn.jiedaoflow.portal;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.services.ApplicantTasks;
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
 * A step of one of the visitor's cases that its model offers to the applicant (docs/portal.md, "Services from the
 * models"): the step's form in the form-js viewer, with the case's values it may show, sent to
 * {@code POST /api/my/tasks/{taskId}/completion}. Another's step and one no longer open: the same 404 page.
 */
@Controller
@PortalPage
class StepPages {

    private final ApplicantTasks tasks;

    StepPages(ApplicantTasks tasks) {
        this.tasks = tasks;
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
