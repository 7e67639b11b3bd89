package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.people.Caller;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Labour dispute mediation for residents (online) and mediation staff (window entry). */
@RestController
@RequestMapping(LaborDisputeMediationController.PATH)
class LaborDisputeMediationController {

    static final String PATH = "/api/labor-dispute-mediation/applications";

    private final MediationApplicationService service;

    LaborDisputeMediationController(MediationApplicationService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<ApplicationCreated> apply(
            @AuthenticationPrincipal Caller caller, @RequestBody ApplicationRequest request) {
        ApplicationCreated created = service.apply(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.trackingNumber()))
                .body(created);
    }

    @GetMapping
    List<ApplicationView> mine(@AuthenticationPrincipal Caller caller) {
        return service.mine(caller);
    }

    @GetMapping("/{trackingNumber}")
    ApplicationView one(@AuthenticationPrincipal Caller caller, @PathVariable String trackingNumber) {
        return service.one(caller, trackingNumber);
    }
}
