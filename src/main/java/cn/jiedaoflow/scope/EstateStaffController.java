package cn.jiedaoflow.scope;

import cn.jiedaoflow.people.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff who act for an estate as its owners' committee or its property company: administrators only. */
@RestController
@RequestMapping(EstateStaffController.PATH)
@PreAuthorize("hasAuthority('GROUP_administrators')")
class EstateStaffController {

    static final String PATH = "/api/estates/{estateId}/staff";

    private final ScopeAdministration scope;

    EstateStaffController(ScopeAdministration scope) {
        this.scope = scope;
    }

    @GetMapping
    EstateStaffView staff(@PathVariable long estateId) {
        return scope.estateStaff(estateId);
    }

    @PutMapping("/{staffGroup}/{userId}")
    EstateStaffView add(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long estateId,
            @PathVariable String staffGroup,
            @PathVariable String userId) {
        return scope.addEstateStaff(caller, estateId, staffGroup, userId);
    }

    @DeleteMapping("/{staffGroup}/{userId}")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal Caller caller,
            @PathVariable long estateId,
            @PathVariable String staffGroup,
            @PathVariable String userId) {
        scope.removeEstateStaff(caller, estateId, staffGroup, userId);
        return ResponseEntity.noContent().build();
    }
}
