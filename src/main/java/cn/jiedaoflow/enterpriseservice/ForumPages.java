package cn.jiedaoflow.enterpriseservice;

import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.web.ConsolePage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's page of the government-enterprise forums (docs/console.md), for business-service and
 * administrators: the forum dates with each forum's agenda — the needs {@code enterprise-service-request} put on it —
 * and a form to add a date. A date is typed the Chinese way, {@code 2026-12-17}; one that cannot be read, is not
 * after today or already has a forum is refused on the console's problem page.
 */
@Controller
@ConsolePage
class ForumPages implements ConsoleSection {

    static final String PATH = "/console/enterprise-forums";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Forums forums;

    ForumPages(Forums forums) {
        this.forums = forums;
    }

    @Override
    public String titleKey() {
        return "console.enterpriseForums.title";
    }

    @Override
    public String descriptionKey() {
        return "console.enterpriseForums.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return caller.inGroup("business-service") || caller.inGroup("administrators");
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "added", required = false) String added, Model model) {
        List<ForumAgenda> all = forums.all();
        model.addAttribute(
                "upcoming", all.stream().filter(ForumAgenda::upcoming).toList());
        model.addAttribute(
                "past",
                all.stream()
                        .filter(forum -> !forum.upcoming())
                        .sorted(Comparator.comparing(ForumAgenda::date).reversed())
                        .toList());
        if (added != null && added.matches("\\d{4}-\\d{2}-\\d{2}")) {
            model.addAttribute("added", added);
        }
        return "console/enterprise-forums";
    }

    @PostMapping(PATH)
    String add(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(name = "forumDate", required = false) String forumDate) {
        LocalDate added = forums.add(caller, date(forumDate));
        return "redirect:" + PATH + "?added=" + added;
    }

    private static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), DATE);
        } catch (DateTimeParseException e) {
            String shown = typed.strip();
            throw Refusal.badInput(
                    "console.enterpriseForums.refused.unreadable",
                    shown.length() > 20 ? shown.substring(0, 20) + "…" : shown);
        }
    }
}
