package cn.jiedaoflow.scope;

/**
 * A staff user as the console shows them: by name (the engine user's last and first name), the id only for the forms.
 *
 * @param id   the engine user's id
 * @param name the name shown; the id when the engine has no name for the user (or no longer knows them)
 */
public record StaffUser(String id, String name) {}
