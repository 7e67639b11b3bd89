package cn.jiedaoflow.scope;

import cn.jiedaoflow.people.Caller;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Residents' areas (居民区), the estates they hold and their residents' committees: administrators only. */
@RestController
@RequestMapping(ResidentsAreaController.PATH)
@PreAuthorize("hasAuthority('GROUP_administrators')")
class ResidentsAreaController {

    static final String PATH = "/api/residents-areas";

    private final ScopeAdministration scope;

    ResidentsAreaController(ScopeAdministration scope) {
        this.scope = scope;
    }

    @GetMapping
    List<AreaView> list() {
        return scope.areas();
    }

    @PostMapping
    ResponseEntity<AreaView> create(@AuthenticationPrincipal Caller caller, @RequestBody AreaRequest request) {
        AreaView created = scope.createArea(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping("/{areaId}")
    AreaView one(@PathVariable long areaId) {
        return scope.area(areaId);
    }

    @PutMapping("/{areaId}")
    AreaView rename(
            @AuthenticationPrincipal Caller caller, @PathVariable long areaId, @RequestBody AreaRequest request) {
        return scope.renameArea(caller, areaId, request);
    }

    @DeleteMapping("/{areaId}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal Caller caller, @PathVariable long areaId) {
        scope.removeArea(caller, areaId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{areaId}/estates/{estateId}")
    AreaView assignEstate(
            @AuthenticationPrincipal Caller caller, @PathVariable long areaId, @PathVariable long estateId) {
        return scope.assignEstate(caller, areaId, estateId);
    }

    @DeleteMapping("/{areaId}/estates/{estateId}")
    ResponseEntity<Void> removeEstate(
            @AuthenticationPrincipal Caller caller, @PathVariable long areaId, @PathVariable long estateId) {
        scope.removeEstate(caller, areaId, estateId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{areaId}/staff/{userId}")
    AreaView addStaff(@AuthenticationPrincipal Caller caller, @PathVariable long areaId, @PathVariable String userId) {
        return scope.addAreaStaff(caller, areaId, userId);
    }

    @DeleteMapping("/{areaId}/staff/{userId}")
    ResponseEntity<Void> removeStaff(
            @AuthenticationPrincipal Caller caller, @PathVariable long areaId, @PathVariable String userId) {
        scope.removeAreaStaff(caller, areaId, userId);
        return ResponseEntity.noContent().build();
    }
}
