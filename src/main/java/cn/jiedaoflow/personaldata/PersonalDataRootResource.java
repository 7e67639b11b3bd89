package cn.jiedaoflow.personaldata;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's root, {@code /camunda/api/tasklist/plugin/personal-data}; one engine below it ({@code default}).
 *
 * <p>Jersey creates this resource for each request, through the webapps' plugin SPI, which knows nothing of
 * Spring: there is no constructor injection to be had. The servlet context Jersey hands in is the one the whole
 * application runs in, where Spring Boot registers its web application context, so the resource asks that
 * context for {@link PersonalDataViews} — no static holder, and each application context (the tests start
 * several) serves its own requests.
 */
@Path("plugin/" + PersonalDataTasklistPlugin.ID)
public class PersonalDataRootResource extends AbstractTasklistPluginRootResource {

    public PersonalDataRootResource() {
        super(PersonalDataTasklistPlugin.ID);
    }

    @Path("{engineName}")
    public PersonalDataResource engine(@PathParam("engineName") String engineName) {
        PersonalDataViews views = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(PersonalDataViews.class);
        return subResource(new PersonalDataResource(engineName, views), engineName);
    }
}
