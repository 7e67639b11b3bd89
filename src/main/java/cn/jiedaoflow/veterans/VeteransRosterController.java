package cn.jiedaoflow.veterans;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.web.CsvDownloads;
import cn.jiedaoflow.web.RequestBodies;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The veterans' roster, for the veterans' service station (退役军人服务站) staff and head only; everyone else,
 * residents included, is refused (403).
 */
@RestController
@RequestMapping(VeteransRosterController.PATH)
@PreAuthorize("hasAnyAuthority('GROUP_veterans-station','GROUP_veterans-station-head')")
class VeteransRosterController {

    static final String PATH = "/api/veterans";

    private final VeteransRoster roster;
    private final long maxRosterBytes;

    VeteransRosterController(
            VeteransRoster roster, @Value("${jiedao.veterans.roster-max-bytes:5242880}") long maxRosterBytes) {
        this.roster = roster;
        this.maxRosterBytes = maxRosterBytes;
    }

    /** Adds the file's veterans to the roster (UTF-8 CSV, see docs/veteran-assistance.md). */
    @PostMapping(consumes = "text/csv")
    VeteransRoster.RosterImported importRoster(@AuthenticationPrincipal Caller caller, HttpServletRequest request)
            throws IOException {
        byte[] file = RequestBodies.readAtMost(request, maxRosterBytes, "veterans.roster.tooLarge");
        return roster.importRoster(caller, file);
    }

    @GetMapping
    List<VeteransRoster.VeteranSummary> list() {
        return roster.list();
    }

    /** The roster as CSV ({@code Accept: text/csv}, or {@code /export}): the import's columns, ID numbers masked. */
    @GetMapping(produces = "text/csv")
    ResponseEntity<byte[]> listAsCsv(@AuthenticationPrincipal Caller caller) {
        return CsvDownloads.attachment("veterans-roster.csv", roster.export(caller));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Caller caller) {
        return listAsCsv(caller);
    }

    @GetMapping("/{veteranId}")
    VeteransRoster.VeteranFile file(@PathVariable long veteranId) {
        return roster.file(veteranId);
    }

    /** The full ID number; every call is recorded in the audit log. */
    @GetMapping("/{veteranId}/id-number")
    VeteransRoster.FullIdNumber idNumber(@AuthenticationPrincipal Caller caller, @PathVariable long veteranId) {
        return roster.fullIdNumber(caller, veteranId);
    }
}
