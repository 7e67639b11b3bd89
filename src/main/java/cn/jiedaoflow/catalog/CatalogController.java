package cn.jiedaoflow.catalog;

import cn.jiedaoflow.people.Caller;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public service catalog; administrators change it. */
@RestController
@RequestMapping(CatalogController.PATH)
class CatalogController {

    static final String PATH = "/api/catalog";

    private final ServiceCatalog catalog;

    CatalogController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<MatterView> list() {
        return catalog.list();
    }

    @GetMapping("/{code}")
    MatterView one(@PathVariable String code) {
        return catalog.one(code);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('GROUP_administrators')")
    MatterView save(
            @AuthenticationPrincipal Caller caller, @PathVariable String code, @RequestBody MatterRequest request) {
        return catalog.save(code, request, caller.username());
    }
}
