package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.people.Grants;
import cn.jiedaoflow.people.StaffGroup;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets the staff who design, run and audit owners' votes evaluate the vote rule ({@code owners-vote-outcome})
 * through the engine's REST API: READ to find the decision, CREATE_INSTANCE to evaluate it, and nothing else.
 * Runs after the staff groups exist ({@code StaffDirectory}, order 10).
 */
@EngineEdge
@Component
@Order(40)
class DecisionAuthorizations implements ApplicationRunner {

    static final String VOTE_OUTCOME_DECISION = "owners-vote-outcome";

    static final List<StaffGroup> VOTE_OUTCOME_EVALUATORS = List.of(
            StaffGroup.SELF_GOVERNANCE_OFFICE,
            StaffGroup.OWNERS_COMMITTEE,
            StaffGroup.HOUSING_OFFICE,
            StaffGroup.RESIDENTS_COMMITTEE,
            StaffGroup.LEADERS);

    private final AuthorizationService authorizations;

    DecisionAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (StaffGroup group : VOTE_OUTCOME_EVALUATORS) {
            Grants.grant(
                    authorizations,
                    group.id(),
                    Resources.DECISION_DEFINITION,
                    VOTE_OUTCOME_DECISION,
                    Permissions.READ,
                    Permissions.CREATE_INSTANCE);
        }
    }
}
