package cn.jiedaoflow.designers;

import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.people.Grants;
import cn.jiedaoflow.people.StaffGroup;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What group {@code designers} (流程设计) may do in the engine: deploy (Camunda Modeler's deploy dialog) and read
 * the deployments, process and decision definitions, to see what runs. Nothing on tasks, cases or their history.
 * Besides them only administrators deploy; everybody else gets 403.
 */
@Component
@EngineEdge
@Order(20)
class DesignerAuthorizations implements ApplicationRunner {

    private final AuthorizationService authorizations;

    DesignerAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        String designers = StaffGroup.DESIGNERS.id();
        Grants.grant(authorizations, designers, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
        Grants.grant(authorizations, designers, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        Grants.grant(authorizations, designers, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        Grants.grant(authorizations, designers, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    }
}
