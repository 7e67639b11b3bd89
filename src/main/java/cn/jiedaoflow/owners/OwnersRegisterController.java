package cn.jiedaoflow.owners;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.CsvDownloads;
import cn.jiedaoflow.web.RequestBodies;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    OwnersRegisterController(
            OwnersRegister register, @Value("${jiedao.owners.register-max-bytes:10485760}") long maxRegisterBytes) {
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

    /** The estate's register as CSV, in the columns the import takes (docs/owners-register.md). */
    @GetMapping(path = "/{estateId}/units", produces = TEXT_CSV)
    ResponseEntity<byte[]> exportUnits(@AuthenticationPrincipal Caller caller, @PathVariable long estateId) {
        return CsvDownloads.attachment("estate-" + estateId + "-register.csv", register.export(caller, estateId));
    }

    /** Replaces the estate's register with the file's (UTF-8 CSV, see docs/owners-register.md). */
    @PostMapping(path = "/{estateId}/units", consumes = TEXT_CSV)
    EstateView importUnits(
            @AuthenticationPrincipal Caller caller, @PathVariable long estateId, HttpServletRequest request)
            throws IOException {
        byte[] file = RequestBodies.readAtMost(request, maxRegisterBytes, "owners.register.tooLarge");
        return register.importRegister(caller, estateId, file);
    }
}
