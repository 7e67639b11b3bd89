package cn.jiedaoflow.owners;

import cn.jiedaoflow.notification.Notifications.Recipient;
import java.util.List;

/** Who among an estate's owners can be told something directly: those whose resident account staff linked. */
@FunctionalInterface
public interface EstateOwnerContacts {

    /** One recipient per linked account of the estate, in the order the links were made. */
    List<Recipient> linkedOwners(long estateId);
}
