package cn.jiedaoflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keeps engine types at the edges (delegates, listeners, the process starters, configuration), so that the
 * way out to another Camunda 7 line stays mechanical (docs/decisions/0001-engine-line.md), and keeps the
 * rules with numbers in plain classes.
 */
@AnalyzeClasses(packages = "cn.jiedaoflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule engineApiOnlyAtTheEdges = noClasses()
            .that()
            .resideOutsideOfPackages("..engine..", "..people..", "..modellint..", "..personaldata..")
            .and()
            .haveSimpleNameNotEndingWith("Delegate")
            .and()
            .haveSimpleNameNotEndingWith("Listener")
            .and()
            .haveSimpleNameNotEndingWith("Clock")
            .and()
            .haveSimpleNameNotEndingWith("ApplicationService")
            .and()
            .haveSimpleNameNotEndingWith("Authorizations")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda.bpm.engine..")
            .because("procedures reach the engine through delegates, listeners, one process starter and the grants"
                    + " a module gives on its own models; the personal-data mechanisms sit at the engine's doors");

    @ArchTest
    static final ArchRule controllersDoNotTouchTheEngine = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("controllers call the procedure's service, which decides what the caller may see");

    @ArchTest
    static final ArchRule calendarRulesArePlainJava = noClasses()
            .that()
            .haveSimpleNameStartingWith("CalendarRules")
            .or()
            .haveSimpleNameStartingWith("YearData")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.camunda..", "org.springframework..", "jakarta..")
            .because("the working-day rules are tested without a framework");

    @ArchTest
    static final ArchRule noCycleIntoProcedures = noClasses()
            .that()
            .resideInAnyPackage(
                    "..engine..",
                    "..people..",
                    "..calendar..",
                    "..web..",
                    "..audit..",
                    "..portal..",
                    "..personaldata..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..labordispute..")
            .because("shared parts never depend on a procedure");
}
