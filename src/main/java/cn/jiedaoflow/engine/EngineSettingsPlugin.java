package cn.jiedaoflow.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import cn.jiedaoflow.people.StaffGroup;

/**
 * Engine settings that are decisions (architecture.md): {@code administrators} are engine administrators
 * beside {@code camunda-admin}; ad-hoc queries with expressions are refused; staff read the history of the
 * tasks they could work on.
 */
@Component
class EngineSettingsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<String> adminGroups = new ArrayList<>(configuration.getAdminGroups() == null ? List.of()
                : configuration.getAdminGroups());
        if (!adminGroups.contains(StaffGroup.ADMINISTRATORS.id())) {
            adminGroups.add(StaffGroup.ADMINISTRATORS.id());
        }
        configuration.setAdminGroups(adminGroups);
        configuration.setEnableHistoricInstancePermissions(true);

        // one instance per chain: an interceptor holds its chain's next link
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequired(), new AdhocExpressionGuard()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new AdhocExpressionGuard()));
    }

    private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing, CommandInterceptor guard) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(guard);
        if (existing != null) {
            interceptors.addAll(existing);
        }
        return interceptors;
    }
}
