package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The types an Object variable may have, named the ways the engine and Jackson name them. */
class VariableTypeAllowListTests {

    final VariableTypeAllowList allowList = new VariableTypeAllowList();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "java.util.ArrayList",
                "java.util.ArrayList<java.lang.String>",
                "java.util.LinkedHashMap<java.lang.String,java.lang.Object>",
                "java.util.HashMap<java.lang.String, java.lang.Long>",
                "java.math.BigDecimal",
                "java.time.LocalDate",
                "java.time.OffsetDateTime",
                "java.lang.String[]",
                "[Ljava.lang.Integer;",
                "cn.jiedaoflow.ownersvote.Tally",
                "java.util.TreeSet<java.math.BigInteger>",
                ""
            })
    void takesTheApplicationsTypesCollectionsAndValues(String typeName) {
        assertThat(allowList.allowsTypeName(typeName)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "java.io.File",
                "java.util.ArrayList<java.io.File>",
                "java.io.File[]",
                "[Ljava.io.File;",
                "java.util.HashMap<java.lang.String,javax.management.BadAttributeValueExpException>",
                "java.lang.ProcessBuilder",
                "java.lang.Runtime",
                "java.lang.Thread",
                "java.lang.Class",
                "java.util.logging.FileHandler",
                "java.util.concurrent.ConcurrentHashMap",
                "java.net.URL",
                "org.springframework.context.support.ClassPathXmlApplicationContext",
                "com.sun.rowset.JdbcRowSetImpl",
                "cn.jiedaoflowevil.Gadget",
                "java.mathx.Evil",
                "java.timer.Evil"
            })
    void refusesAnythingElse(String typeName) {
        assertThat(allowList.allowsTypeName(typeName)).isFalse();
    }
}
