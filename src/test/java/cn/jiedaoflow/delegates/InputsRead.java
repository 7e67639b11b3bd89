package cn.jiedaoflow.delegates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mockito.Mockito;

/**
 * What a reusable delegate read from a mocked execution, against what its {@link ReusableDelegate} mark says it
 * reads, which {@code DelegateMarkingsTests} holds against its element template's fields: together, a template's
 * inputs are what its delegate reads.
 */
public final class InputsRead {

    private InputsRead() {}

    /** Asserts that {@code delegate} read the variables its mark names, and no other. */
    public static void assertReadExactlyItsInputs(Class<?> delegate, DelegateExecution execution) {
        ReusableDelegate mark = delegate.getAnnotation(ReusableDelegate.class);
        assertThat(mark)
                .as("%s is marked @ReusableDelegate", delegate.getSimpleName())
                .isNotNull();
        assertThat(namesRead(execution))
                .as("the variables %s reads", delegate.getSimpleName())
                .containsExactlyInAnyOrder(mark.inputs());
    }

    static Set<String> namesRead(DelegateExecution execution) {
        Set<String> names = new TreeSet<>();
        Mockito.mockingDetails(execution).getInvocations().stream()
                .filter(call -> call.getMethod().getName().equals("getVariable"))
                .forEach(call -> names.add((String) call.getArgument(0)));
        return names;
    }
}
