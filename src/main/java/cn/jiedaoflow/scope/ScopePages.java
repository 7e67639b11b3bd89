package cn.jiedaoflow.scope;

import cn.jiedaoflow.console.ConsoleSection;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.web.ConsolePage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's estates, residents' areas and their staff (docs/console.md), for administrators as the API's
 * {@code /api/residents-areas} and {@code /api/estates/{estateId}/staff}: every change is a call of
 * {@link ScopeAdministration}, with its rules, refusals (the console's problem page) and audit lines. Staff are chosen
 * and shown by name.
 */
@Controller
@ConsolePage
class ScopePages implements ConsoleSection {

    static final String PATH = "/console/scope";
    static final String AREAS = PATH + "/areas";
    static final String AREA = AREAS + "/{areaId}";
    static final String ESTATE = PATH + "/estates/{estateId}";

    private final ScopeOverviews overviews;
    private final ScopeAdministration scope;

    ScopePages(ScopeOverviews overviews, ScopeAdministration scope) {
        this.overviews = overviews;
        this.scope = scope;
    }

    @Override
    public String titleKey() {
        return "console.scope.title";
    }

    @Override
    public String descriptionKey() {
        return "console.scope.description";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean openTo(Caller caller) {
        return caller.inGroup(StaffGroup.ADMINISTRATORS.id());
    }

    @GetMapping(PATH)
    String overview(Model model) {
        model.addAttribute("overview", overviews.overview());
        return "console/scope";
    }

    @GetMapping(AREA)
    String area(@PathVariable long areaId, Model model) {
        model.addAttribute("area", overviews.area(areaId));
        return "console/scope-area";
    }

    @GetMapping(ESTATE)
    String estate(@PathVariable long estateId, Model model) {
        model.addAttribute("estate", overviews.estate(estateId));
        return "console/scope-estate";
    }

    @PostMapping(AREAS)
    String createArea(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(name = "name", required = false) String name,
            RedirectAttributes redirect) {
        if (blank(name)) {
            return missing(redirect, PATH);
        }
        AreaView area = scope.createArea(caller, new AreaRequest(name));
        return done(redirect, "areaCreated", area.name(), areaPath(area.id()));
    }

    @PostMapping(AREA + "/name")
    String renameArea(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long areaId,
            @RequestParam(name = "name", required = false) String name,
            RedirectAttributes redirect) {
        if (blank(name)) {
            return missing(redirect, areaPath(areaId));
        }
        AreaView area = scope.renameArea(caller, areaId, new AreaRequest(name));
        return done(redirect, "areaRenamed", area.name(), areaPath(areaId));
    }

    @PostMapping(AREA + "/delete")
    String deleteArea(@AuthenticationPrincipal Caller caller, @PathVariable long areaId, RedirectAttributes redirect) {
        String name = scope.area(areaId).name();
        scope.removeArea(caller, areaId);
        return done(redirect, "areaDeleted", name, PATH);
    }

    @PostMapping(AREA + "/staff")
    String addAreaStaff(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long areaId,
            @RequestParam(name = "userId", required = false) String userId,
            RedirectAttributes redirect) {
        if (blank(userId)) {
            return missing(redirect, areaPath(areaId));
        }
        scope.addAreaStaff(caller, areaId, userId);
        return done(redirect, "staffAdded", nameOf(userId), areaPath(areaId));
    }

    @PostMapping(AREA + "/staff/remove")
    String removeAreaStaff(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long areaId,
            @RequestParam(name = "userId", required = false) String userId,
            RedirectAttributes redirect) {
        if (blank(userId)) {
            return missing(redirect, areaPath(areaId));
        }
        scope.removeAreaStaff(caller, areaId, userId);
        return done(redirect, "staffRemoved", nameOf(userId), areaPath(areaId));
    }

    /** Puts the estate in the area chosen, or takes it out of its area when none is chosen. */
    @PostMapping(ESTATE + "/area")
    String estateArea(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long estateId,
            @RequestParam(name = "areaId", required = false) Long areaId,
            RedirectAttributes redirect) {
        ScopeOverview.EstatePage estate = overviews.estate(estateId);
        if (areaId != null) {
            AreaView area = scope.assignEstate(caller, areaId, estateId);
            return done(redirect, "estateAssigned", area.name(), estatePath(estateId));
        }
        if (estate.areaId() != null) {
            scope.removeEstate(caller, estate.areaId(), estateId);
        }
        return done(redirect, "estateInNoArea", estate.name(), estatePath(estateId));
    }

    @PostMapping(ESTATE + "/staff")
    String addEstateStaff(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long estateId,
            @RequestParam(name = "group", required = false) String group,
            @RequestParam(name = "userId", required = false) String userId,
            RedirectAttributes redirect) {
        if (blank(userId)) {
            return missing(redirect, estatePath(estateId));
        }
        scope.addEstateStaff(caller, estateId, group, userId);
        return done(redirect, "staffAdded", nameOf(userId), estatePath(estateId));
    }

    @PostMapping(ESTATE + "/staff/remove")
    String removeEstateStaff(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long estateId,
            @RequestParam(name = "group", required = false) String group,
            @RequestParam(name = "userId", required = false) String userId,
            RedirectAttributes redirect) {
        if (blank(userId)) {
            return missing(redirect, estatePath(estateId));
        }
        scope.removeEstateStaff(caller, estateId, group, userId);
        return done(redirect, "staffRemoved", nameOf(userId), estatePath(estateId));
    }

    private String nameOf(String userId) {
        return overviews.nameOf(userId);
    }

    /** Back to {@code page}, which says what was done ({@code console.scope.done.<what>}, with one name). */
    private static String done(RedirectAttributes redirect, String what, String name, String page) {
        redirect.addFlashAttribute("done", what);
        redirect.addFlashAttribute("doneName", name);
        return "redirect:" + page;
    }

    /** Back to {@code page}, which asks for what the form left out (a name, a staff member). */
    private static String missing(RedirectAttributes redirect, String page) {
        redirect.addFlashAttribute("missing", true);
        return "redirect:" + page;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String areaPath(long areaId) {
        return AREAS + "/" + areaId;
    }

    private static String estatePath(long estateId) {
        return PATH + "/estates/" + estateId;
    }
}
