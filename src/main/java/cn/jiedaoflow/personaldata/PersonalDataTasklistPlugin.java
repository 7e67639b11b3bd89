package cn.jiedaoflow.personaldata;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin that shows a case's personal detail, or opens its documents, to the staff whose task needs
 * them ({@link PersonalDataViews}): {@code /camunda/api/tasklist/plugin/personal-data/default/…}. The webapps
 * find it through {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin} and authenticate
 * its calls with the Tasklist session (the security filter's rule for {@code
 * /api/tasklist/plugin/{plugin}/{engine}/…}):
 * it runs as the signed-in user. Its client asset ({@code plugin-webapp/personal-data/app/plugin.js}) adds nothing
 * to Tasklist; the task forms link to it.
 */
public class PersonalDataTasklistPlugin extends AbstractTasklistPlugin {

    public static final String ID = "personal-data";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(PersonalDataRootResource.class);
    }
}
