package cn.jiedaoflow.owners;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.ApiProblem;

/**
 * Estates and their owners' registers, for the housing office (房管办), which imports registers, and for
 * administrators. Residents and enterprises are refused (403).
 */
@RestController
@RequestMapping(OwnersRegisterController.PATH)
@PreAuthorize("hasAnyAuthority('GROUP_housing-office','GROUP_administrators')")
class OwnersRegisterController {

    static final String PATH = "/api/estates";
    static final String TEXT_CSV = "text/csv";

    private final OwnersRegister register;
    private final long maxRegisterBytes;

    OwnersRegisterController(OwnersRegister register,
            @Value("${jiedao.owners.register-max-bytes:10485760}") long maxRegisterBytes) {
        this.register = register;
        this.maxRegisterBytes = maxRegisterBytes;
    }

    @PostMapping
    ResponseEntity<EstateView> create(@AuthenticationPrincipal Caller caller, @RequestBody EstateRequest request) {
        EstateView created = register.create(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping("/{estateId}")
    EstateView one(@PathVariable long estateId) {
        return register.one(estateId);
    }

    /** Replaces the estate's register with the file's (UTF-8 CSV, see docs/owners-register.md). */
    @PostMapping(path = "/{estateId}/units", consumes = TEXT_CSV)
    EstateView importUnits(@AuthenticationPrincipal Caller caller, @PathVariable long estateId,
            HttpServletRequest request, Locale locale) throws IOException {
        return register.importRegister(caller, estateId, body(request), locale);
    }

    /**
     * The file, read up to the configured limit and no further: a body over it (declared or not, chunked
     * uploads have no length) is refused with 413 before any of it is parsed.
     */
    private byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxRegisterBytes) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRegisterBytes + 1));
            if (content.length > maxRegisterBytes) {
                throw tooLarge();
            }
            return content.length == 0 ? null : content;
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "owners.register.tooLarge",
                String.valueOf(maxRegisterBytes / 1024));
    }
}
