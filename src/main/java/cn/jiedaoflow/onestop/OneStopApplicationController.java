package cn.jiedaoflow.onestop;

import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.FileDownloads;
import cn.jiedaoflow.web.MultipartParts;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * One-stop applications: residents apply, follow, supplement, withdraw and rate; the window enters
 * applications for walk-in residents. The {@code application} and {@code supplement} parts are JSON.
 */
@RestController
@RequestMapping(OneStopApplicationController.PATH)
class OneStopApplicationController {

    static final String PATH = "/api/applications";

    private final OneStopSubmissions submissions;
    private final OneStopViews views;
    private final OneStopApplicantActions actions;
    private final MultipartParts parts;

    OneStopApplicationController(
            OneStopSubmissions submissions, OneStopViews views, OneStopApplicantActions actions, MultipartParts parts) {
        this.submissions = submissions;
        this.views = views;
        this.actions = actions;
        this.parts = parts;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApplicationSubmitted> submit(
            @AuthenticationPrincipal Caller caller,
            @RequestPart(name = "application", required = false) String application,
            @RequestPart(name = "materials", required = false) List<MultipartFile> materials) {
        ApplicationSubmitted submitted = submissions.submit(
                caller,
                parts.json(application, SubmissionRequest.class, "application"),
                MultipartParts.files(materials));
        return ResponseEntity.created(URI.create(PATH + "/" + submitted.trackingNumber()))
                .body(submitted);
    }

    @GetMapping
    List<ApplicationSummary> mine(@AuthenticationPrincipal Caller caller) {
        return views.mine(caller);
    }

    @GetMapping("/{trackingNumber}")
    ApplicationView one(@AuthenticationPrincipal Caller caller, @PathVariable String trackingNumber) {
        return views.one(caller, trackingNumber);
    }

    @GetMapping("/{trackingNumber}/materials/{materialId}")
    ResponseEntity<byte[]> material(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            @PathVariable long materialId) {
        DocumentDownload file = views.material(caller, trackingNumber, materialId);
        return FileDownloads.attachment(file.fileName(), file.contentType(), file.content());
    }

    @PostMapping("/{trackingNumber}/withdrawal")
    ApplicationView withdraw(@AuthenticationPrincipal Caller caller, @PathVariable String trackingNumber) {
        return actions.withdraw(caller, trackingNumber);
    }

    @PostMapping(path = "/{trackingNumber}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApplicationView supplement(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            @RequestPart(name = "supplement", required = false) String supplement,
            @RequestPart(name = "materials", required = false) List<MultipartFile> materials) {
        SupplementRequest request = supplement == null
                ? new SupplementRequest(null, null, null)
                : parts.json(supplement, SupplementRequest.class, "supplement");
        return actions.supplement(caller, trackingNumber, request, MultipartParts.files(materials));
    }

    @PostMapping("/{trackingNumber}/rating")
    ApplicationView rate(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            @RequestBody RatingRequest rating) {
        return actions.rate(caller, trackingNumber, rating);
    }
}
