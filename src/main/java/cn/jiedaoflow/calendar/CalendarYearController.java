package cn.jiedaoflow.calendar;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators list, read and replace the holiday data of a year ({@code /api/calendar/years}). */
@RestController
@RequestMapping("/api/calendar/years")
@PreAuthorize("hasAuthority('GROUP_administrators')")
class CalendarYearController {

    private final CalendarAdministration administration;

    CalendarYearController(CalendarAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    List<YearSummary> years() {
        return administration.years();
    }

    @GetMapping("/{year}")
    YearDetails year(@PathVariable int year) {
        requireSupported(year);
        return administration
                .year(year)
                .orElseThrow(() -> Refusal.notFound("calendar.year.notFound", String.valueOf(year)));
    }

    @PutMapping("/{year}")
    YearDetails replace(@PathVariable int year, @RequestBody YearRequest request, Authentication authentication) {
        requireSupported(year);
        return administration.replace(year, request, nameOf(authentication));
    }

    private static void requireSupported(int year) {
        if (!YearRequest.isSupportedYear(year)) {
            throw Refusal.badInput(
                    "calendar.year.outOfRange",
                    String.valueOf(year),
                    String.valueOf(YearRequest.FIRST_YEAR),
                    String.valueOf(YearRequest.LAST_YEAR));
        }
    }

    /** The staff user id when the principal is a {@link Caller}, else the authentication's name. */
    static String nameOf(Authentication authentication) {
        if (authentication.getPrincipal() instanceof Caller caller) {
            return caller.username();
        }
        return authentication.getName();
    }
}
