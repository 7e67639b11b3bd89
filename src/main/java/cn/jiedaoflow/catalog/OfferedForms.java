package cn.jiedaoflow.catalog;

/**
 * A kind of service whose forms residents and enterprises may read ({@code GET /api/forms/{formKey}}): the one-stop
 * catalog's matters ({@link CatalogForms}) today; another kind of service (a process's start form) is offered by one
 * more bean that implements this.
 */
public interface OfferedForms {

    /** Whether form {@code formKey} (a well-formed key) is the form of a service this kind offers. */
    boolean offers(String formKey);
}
