package cn.jiedaoflow.personaldata;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link SensitiveHistoryFilter} in front of the engine's history handler once the engine has built it
 * (the default database handler composed with any custom ones), so the filter sees every history event first.
 */
@Component
class PersonalDataEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!(configuration.getHistoryEventHandler() instanceof SensitiveHistoryFilter)) {
            configuration.setHistoryEventHandler(new SensitiveHistoryFilter(configuration.getHistoryEventHandler()));
        }
    }
}
