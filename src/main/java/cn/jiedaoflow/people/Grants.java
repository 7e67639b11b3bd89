package cn.jiedaoflow.people;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants a group permissions on a resource once: an existing grant is extended, never duplicated. */
public final class Grants {

    private Grants() {}

    public static void grant(
            AuthorizationService authorizations,
            String groupId,
            Resource resource,
            String resourceId,
            Permission... permissions) {
        Authorization grant = authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        boolean isNew = grant == null;
        if (isNew) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        boolean changed = isNew;
        for (Permission permission : permissions) {
            if (isNew || !grant.isPermissionGranted(permission)) {
                grant.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(grant);
        }
    }
}
