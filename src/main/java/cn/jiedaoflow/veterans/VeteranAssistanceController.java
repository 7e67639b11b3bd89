package cn.jiedaoflow.veterans;

import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.FileDownloads;
import cn.jiedaoflow.web.MultipartParts;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
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

/** Applications for veteran assistance: residents (the veteran, family), residents' committees, the station. */
@RestController
@RequestMapping(VeteranAssistanceController.PATH)
class VeteranAssistanceController {

    static final String PATH = "/api/veteran-assistance/applications";

    private final VeteranAssistanceApplicationService service;

    VeteranAssistanceController(VeteranAssistanceApplicationService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<AssistanceView> apply(
            @AuthenticationPrincipal Caller caller, @RequestBody AssistanceRequest request) {
        AssistanceView applied = service.apply(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + applied.trackingNumber()))
                .body(applied);
    }

    @GetMapping
    List<AssistanceView> mine(@AuthenticationPrincipal Caller caller) {
        return service.mine(caller);
    }

    @GetMapping("/{trackingNumber}")
    AssistanceView one(@AuthenticationPrincipal Caller caller, @PathVariable String trackingNumber) {
        return service.one(caller, trackingNumber);
    }

    @PostMapping(path = "/{trackingNumber}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AssistanceView> attach(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(service.attach(caller, trackingNumber, MultipartParts.files(files)));
    }

    @GetMapping("/{trackingNumber}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String trackingNumber,
            @PathVariable long attachmentId) {
        DocumentDownload file = service.attachment(caller, trackingNumber, attachmentId);
        return FileDownloads.attachment(file.fileName(), file.contentType(), file.content());
    }
}
