package cn.jiedaoflow.drafts;

import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.FileDownloads;
import cn.jiedaoflow.web.MultipartParts;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An account's drafts of applications (docs/portal.md, "Drafts"). {@code PUT} is multipart: the {@code draft} part
 * is JSON ({@link DraftRequest}), the {@code materials} parts its new files.
 */
@RestController
@RequestMapping(DraftController.PATH)
class DraftController {

    static final String PATH = "/api/drafts";

    private final Drafts drafts;
    private final MultipartParts parts;

    DraftController(Drafts drafts, MultipartParts parts) {
        this.drafts = drafts;
        this.parts = parts;
    }

    @GetMapping
    List<DraftView> mine(@AuthenticationPrincipal Caller caller, Locale locale) {
        return drafts.list(caller, locale);
    }

    @GetMapping("/{serviceKey}")
    DraftView one(@AuthenticationPrincipal Caller caller, @PathVariable String serviceKey, Locale locale) {
        return drafts.one(caller, serviceKey, locale);
    }

    @PutMapping(path = "/{serviceKey}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DraftView save(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String serviceKey,
            @RequestPart(name = "draft", required = false) String draft,
            @RequestPart(name = "materials", required = false) List<MultipartFile> materials,
            Locale locale) {
        DraftRequest request =
                draft == null ? new DraftRequest(null, null, null) : parts.json(draft, DraftRequest.class, "draft");
        return drafts.save(caller, serviceKey, request, MultipartParts.files(materials), locale);
    }

    @DeleteMapping("/{serviceKey}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String serviceKey) {
        drafts.delete(caller, serviceKey);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{serviceKey}/files/{fileId}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal Caller caller, @PathVariable String serviceKey, @PathVariable long fileId) {
        DocumentDownload file = drafts.file(caller, serviceKey, fileId);
        return FileDownloads.attachment(file.fileName(), file.contentType(), file.content());
    }
}
