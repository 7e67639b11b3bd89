package cn.jiedaoflow.services;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.MultipartParts;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What residents and enterprises may apply for, and the generic door of the procedures that have only a model and
 * forms. The list and the forms are public (a visitor reads them before signing in); filing needs a signed-in
 * resident or enterprise of the model's starters.
 */
@RestController
@RequestMapping(ServicesController.PATH)
class ServicesController {

    static final String PATH = "/api/services";

    private final ServiceOffers offers;
    private final ServiceApplications applications;
    private final MultipartParts parts;

    ServicesController(ServiceOffers offers, ServiceApplications applications, MultipartParts parts) {
        this.offers = offers;
        this.applications = applications;
        this.parts = parts;
    }

    @GetMapping
    List<OfferedService> offered(@AuthenticationPrincipal Caller caller) {
        return offers.offeredTo(caller);
    }

    @GetMapping("/{processKey}/form")
    JsonNode form(@PathVariable String processKey) {
        return offers.startForm(processKey);
    }

    @PostMapping(path = "/{processKey}/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApplicationReceived> apply(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String processKey,
            @RequestPart(name = "application", required = false) String application,
            @RequestPart(name = "materials", required = false) List<MultipartFile> materials) {
        ApplicationRequest request = application == null
                ? new ApplicationRequest(null, null)
                : parts.json(application, ApplicationRequest.class, "application");
        ApplicationReceived received =
                applications.submit(caller, processKey, request, MultipartParts.files(materials));
        return ResponseEntity.created(URI.create("/api/my/cases/" + received.trackingNumber()))
                .body(received);
    }
}
