package cn.jiedaoflow.calendar;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.web.ConsolePage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's page of the office calendar's years (docs/calendar.md), for administrators: which years have holiday
 * data, and a year's data entered or replaced from the State Council's notice — the same rules and the same store as
 * {@code PUT /api/calendar/years/{year}}. Every problem of what was typed is listed before anything is stored.
 */
@Controller
@ConsolePage
class CalendarYearPages implements ConsoleSection {

    static final String PATH = "/console/calendar";
    private static final String LIST = "console/calendar";
    private static final String YEAR = "console/calendar-year";

    private final CalendarAdministration administration;

    CalendarYearPages(CalendarAdministration administration) {
        this.administration = administration;
    }

    @Override
    public String titleKey() {
        return "console.calendar.title";
    }

    @Override
    public String descriptionKey() {
        return "console.calendar.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return caller.inGroup("administrators");
    }

    @GetMapping(PATH)
    String years(@RequestParam(name = "saved", required = false) Integer saved, Model model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (YearSummary year : administration.years()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year.year());
            row.put("springFestival", year.springFestival());
            row.put("source", year.source());
            row.put("updatedAt", OfficeTime.MINUTE.format(year.updatedAt().atZoneSameInstant(OfficeTime.DEFAULT_ZONE)));
            row.put("updatedBy", year.updatedBy());
            rows.add(row);
        }
        model.addAttribute("years", rows);
        int next = rows.isEmpty()
                ? LocalDate.now(OfficeTime.DEFAULT_ZONE).getYear()
                : (Integer) rows.get(rows.size() - 1).get("year") + 1;
        model.addAttribute("nextYear", Math.min(next, YearRequest.LAST_YEAR));
        model.addAttribute("saved", saved);
        model.addAttribute("firstYear", YearRequest.FIRST_YEAR);
        model.addAttribute("lastYear", YearRequest.LAST_YEAR);
        return LIST;
    }

    /** A year's form: its data when it has some, else empty for a new year. */
    @GetMapping(PATH + "/{year}")
    String year(@PathVariable String year, Model model) {
        int number = supported(year);
        Optional<YearDetails> details = administration.year(number);
        model.addAttribute("year", number);
        model.addAttribute("known", details.isPresent());
        model.addAttribute(
                "springFestival",
                details.map(YearDetails::springFestival)
                        .map(LocalDate::toString)
                        .orElse(""));
        model.addAttribute(
                "holidays", details.map(d -> TypedDates.write(d.holidays())).orElse(""));
        model.addAttribute(
                "makeUpWorkdays",
                details.map(d -> TypedDates.write(d.makeUpWorkdays())).orElse(""));
        model.addAttribute("source", details.map(YearDetails::source).orElse(""));
        return YEAR;
    }

    /** Replaces the year's data, or shows the form again with every problem named and nothing stored. */
    @PostMapping(PATH + "/{year}")
    String replace(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String year,
            @RequestParam(name = "springFestival", required = false) String springFestival,
            @RequestParam(name = "holidays", required = false) String holidays,
            @RequestParam(name = "makeUpWorkdays", required = false) String makeUpWorkdays,
            @RequestParam(name = "source", required = false) String source,
            Model model) {
        int number = supported(year);
        List<Map<String, String>> problems = new ArrayList<>();
        TypedDates festival = TypedDates.read(springFestival);
        TypedDates holidayDates = TypedDates.read(holidays);
        TypedDates makeUpDates = TypedDates.read(makeUpWorkdays);
        unreadable("springFestival", festival, problems);
        unreadable("holidays", holidayDates, problems);
        unreadable("makeUpWorkdays", makeUpDates, problems);
        if (festival.dates().size() > 1) {
            problems.add(problem("springFestival", springFestival.strip(), "oneDate"));
        }
        String sourceText = source == null || source.isBlank() ? null : source.strip();
        YearRequest request = new YearRequest(
                festival.dates().isEmpty() ? null : festival.dates().get(0),
                holidayDates.dates(),
                makeUpDates.dates(),
                sourceText);
        if (problems.isEmpty()) {
            for (YearProblem found : request.problems(number)) {
                String field = found.field().replaceFirst("\\[\\d+]$", "");
                problems.add(problem(field, found.value(), found.reason()));
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("year", number);
            model.addAttribute("known", administration.year(number).isPresent());
            model.addAttribute("springFestival", springFestival == null ? "" : springFestival);
            model.addAttribute("holidays", holidays == null ? "" : holidays);
            model.addAttribute("makeUpWorkdays", makeUpWorkdays == null ? "" : makeUpWorkdays);
            model.addAttribute("source", source == null ? "" : source);
            model.addAttribute("problems", problems);
            return YEAR;
        }
        administration.replace(number, request, caller.username());
        return "redirect:" + PATH + "?saved=" + number;
    }

    private static void unreadable(String field, TypedDates typed, List<Map<String, String>> problems) {
        typed.unreadable().forEach(piece -> problems.add(problem(field, piece, "unreadable")));
    }

    private static Map<String, String> problem(String field, String value, String reason) {
        Map<String, String> problem = new LinkedHashMap<>();
        problem.put("field", field);
        problem.put("value", value == null ? "" : value);
        problem.put("reason", reason);
        return problem;
    }

    private static int supported(String year) {
        if (year.matches("\\d{4}") && YearRequest.isSupportedYear(Integer.parseInt(year))) {
            return Integer.parseInt(year);
        }
        throw Refusal.badInput(
                "calendar.year.outOfRange",
                year,
                String.valueOf(YearRequest.FIRST_YEAR),
                String.valueOf(YearRequest.LAST_YEAR));
    }
}
