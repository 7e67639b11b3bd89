package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.people.Caller;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    private final OwnerOpinions opinions;

    PropertyFeeProposalController(PropertyFeeProposalApplicationService service, OwnerOpinions opinions) {
        this.service = service;
        this.opinions = opinions;
    }

    /** The owners' opinions on the proposal, for its estate's committees ({@link OwnerOpinions#forCommittees}). */
    @GetMapping("/{trackingNumber}/opinions")
    List<OwnerOpinions.GivenOpinion> opinions(
            @AuthenticationPrincipal Caller caller, @PathVariable String trackingNumber) {
        return opinions.forCommittees(caller, trackingNumber);
    }

    @PostMapping
    ResponseEntity<ProposalCreated> file(@AuthenticationPrincipal Caller caller, @RequestBody ProposalRequest request) {
        ProposalCreated created = service.start(caller, request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.trackingNumber()))
                .body(created);
    }
}
