package cn.jiedaoflow.catalog;

import java.util.List;

/**
 * The departments (candidate groups) that may review a matter: a catalog row may name only these, so that no
 * review task is ever created for a group the deployed model does not know. The one-stop procedure answers it
 * from its model; a designer adds a department there.
 */
@FunctionalInterface
public interface ReviewingDepartments {

    List<String> groupIds();
}
