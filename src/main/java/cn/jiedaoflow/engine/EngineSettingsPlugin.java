package cn.jiedaoflow.engine;

import cn.jiedaoflow.people.StaffGroup;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that are decisions (architecture.md): {@code administrators} are engine administrators
 * beside {@code camunda-admin}; ad-hoc queries with expressions are refused; staff read the history of the cases
 * they work on, and no wider ({@link CaseHistoryAuthorizations}); Object variables are only of the types in
 * {@link VariableTypeAllowList}; the staff's permissions follow every new deployment ({@link DeploymentPermissions}).
 */
@Component
class EngineSettingsPlugin extends AbstractProcessEnginePlugin {

    private final DeploymentPermissions deploymentPermissions;

    EngineSettingsPlugin(DeploymentPermissions deploymentPermissions) {
        this.deploymentPermissions = deploymentPermissions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<String> adminGroups =
                new ArrayList<>(configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups());
        if (!adminGroups.contains(StaffGroup.ADMINISTRATORS.id())) {
            adminGroups.add(StaffGroup.ADMINISTRATORS.id());
        }
        configuration.setAdminGroups(adminGroups);
        configuration.setEnableHistoricInstancePermissions(true);
        configuration.setResourceAuthorizationProvider(new CaseHistoryAuthorizations());
        configuration.setCustomPostBPMNParseListeners(
                with(configuration.getCustomPostBPMNParseListeners(), new CaseWorkerHistoryListener()));

        VariableTypeAllowList allowList = new VariableTypeAllowList();
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationTypeValidator(allowList);
        configuration.setCustomPreVariableSerializers(
                with(configuration.getCustomPreVariableSerializers(), allowList.refusingSerializer()));

        // one instance per chain: an interceptor holds its chain's next link
        configuration.setCustomPreCommandInterceptorsTxRequired(
                with(configuration.getCustomPreCommandInterceptorsTxRequired(), new AdhocExpressionGuard()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new AdhocExpressionGuard()));
        configuration.setCustomPostDeployers(with(configuration.getCustomPostDeployers(), deploymentPermissions));
    }

    private static <T> List<T> with(List<T> existing, T first) {
        List<T> all = new ArrayList<>();
        all.add(first);
        if (existing != null) {
            all.addAll(existing);
        }
        return all;
    }
}
