package cn.jiedaoflow.owners;

import cn.jiedaoflow.people.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Links between register owners and resident accounts, for the housing and self-governance offices. */
@RestController
@PreAuthorize("hasAnyAuthority('GROUP_housing-office','GROUP_self-governance-office')")
class OwnerAccountLinkController {

    static final String PATH = "/api/estates/{estateId}/owners/{ownerId}/account";

    private final OwnerAccountLinks links;

    OwnerAccountLinkController(OwnerAccountLinks links) {
        this.links = links;
    }

    @PutMapping(PATH)
    AccountLinkView link(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long estateId,
            @PathVariable String ownerId,
            @RequestBody AccountLinkRequest request) {
        return links.link(caller, estateId, ownerId, request);
    }

    @DeleteMapping(PATH)
    ResponseEntity<Void> unlink(
            @AuthenticationPrincipal Caller caller, @PathVariable long estateId, @PathVariable String ownerId) {
        links.unlink(caller, estateId, ownerId);
        return ResponseEntity.noContent().build();
    }
}
