package cn.jiedaoflow.services;

import cn.jiedaoflow.people.Caller;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The steps of their cases the models offer to residents and enterprises themselves. */
@RestController
class ApplicantTasksController {

    static final String PATH = "/api/my/tasks";

    private final ApplicantTasks tasks;

    ApplicantTasksController(ApplicantTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping(PATH)
    List<ApplicantTask> mine(@AuthenticationPrincipal Caller caller, Locale locale) {
        return tasks.of(caller, locale);
    }

    @GetMapping(PATH + "/{taskId}")
    ApplicantTask one(@AuthenticationPrincipal Caller caller, @PathVariable String taskId, Locale locale) {
        return tasks.one(caller, taskId, locale);
    }

    @PostMapping(PATH + "/{taskId}/completion")
    ApplicantTask complete(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String taskId,
            @RequestBody TaskAnswer answer,
            Locale locale) {
        return tasks.complete(caller, taskId, answer, locale);
    }
}
