package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.people.Caller;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Property-fee proposals, filed by the property company or the owners' committee. */
@RestController
@RequestMapping(PropertyFeeProposalController.PATH)
class PropertyFeeProposalController {

    static final String PATH = "/api/property-fee/proposals";

    private final PropertyFeeProposalApplicationService service;

    PropertyFeeProposalController(PropertyFeeProposalApplicationService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<ProposalCreated> file(@AuthenticationPrincipal Caller caller, @RequestBody ProposalRequest request) {
        ProposalCreated created = service.start(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.trackingNumber()))
                .body(created);
    }
}
