package cn.jiedaoflow.cases;

import cn.jiedaoflow.people.Caller;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/my/cases} and {@code GET /api/my/cases/{trackingNumber}}: the signed-in resident's cases of every
 * procedure, newest first, and one of them with its timeline (docs/portal.md). An enterprise gets an empty list and
 * a 404 for any number, staff 403.
 */
@RestController
class MyCasesController {

    private final MyCases cases;

    MyCasesController(MyCases cases) {
        this.cases = cases;
    }

    @GetMapping("/api/my/cases")
    List<MyCases.CaseLine> mine(@AuthenticationPrincipal Caller caller, Locale locale) {
        return cases.of(caller, locale);
    }

    @GetMapping("/api/my/cases/{trackingNumber}")
    MyCases.CaseDetail one(@AuthenticationPrincipal Caller caller, @PathVariable String trackingNumber, Locale locale) {
        return cases.one(caller, trackingNumber, locale);
    }
}
