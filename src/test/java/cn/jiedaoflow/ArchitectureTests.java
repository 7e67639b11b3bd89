package cn.jiedaoflow;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.jiedaoflow.engine.EngineEdge;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.Filter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The layering a newcomer can rely on: HTTP lives in the web adapters, the engine at its edges, rules with numbers
 * in plain classes, and no shared part depends on a procedure. No rule exempts a class by its name: a class is
 * an adapter by what it is (its annotation, the interface it implements), as in Spring's petclinic.
 */
@AnalyzeClasses(packages = "cn.jiedaoflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The procedures: one package each. */
    static final String[] PROCEDURES = {
        "..enterpriseservice..",
        "..labordispute..",
        "..onestop..",
        "..owners..",
        "..ownersvote..",
        "..propertyfee..",
        "..veterans..",
        "..holidayvisits.."
    };

    /**
     * The web adapters: controllers, the API's advice, filters, the security configuration and its doors (entry
     * point, access-denied handler), the JAX-RS resources of the webapps' plugins, and the shared web package.
     */
    static final DescribedPredicate<JavaClass> WEB_ADAPTER = describe("a web adapter", ArchitectureTests::isWebAdapter);

    /** The engine's edges: delegates, listeners, and the classes a procedure marks as talking to the engine. */
    static final DescribedPredicate<JavaClass> ENGINE_EDGE =
            describe("an engine edge", ArchitectureTests::isEngineEdge);

    private static boolean isWebAdapter(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return resideInAPackage("cn.jiedaoflow.web..").test(outer)
                || annotatedWith(RestController.class).test(outer)
                || annotatedWith(Controller.class).test(outer)
                || annotatedWith(RestControllerAdvice.class).test(outer)
                || annotatedWith(ControllerAdvice.class).test(outer)
                || annotatedWith(EnableWebSecurity.class).test(outer)
                || isJaxRsResource(outer)
                || assignableTo(Filter.class).test(outer)
                || assignableTo(AuthenticationEntryPoint.class).test(outer)
                || assignableTo(AccessDeniedHandler.class).test(outer);
    }

    /** A resource of the engine's REST API or of a webapp plugin: it declares JAX-RS paths or methods. */
    private static boolean isJaxRsResource(JavaClass type) {
        return annotatedWith(Path.class).test(type)
                || type.getMethods().stream()
                        .anyMatch(method -> method.isAnnotatedWith(Path.class)
                                || method.isAnnotatedWith(GET.class)
                                || method.isAnnotatedWith(POST.class));
    }

    private static boolean isEngineEdge(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return annotatedWith(EngineEdge.class).test(outer)
                || assignableTo(JavaDelegate.class).test(outer)
                || assignableTo(ExecutionListener.class).test(outer)
                || assignableTo(TaskListener.class).test(outer);
    }

    @ArchTest
    static final ArchRule httpOnlyInWebAdapters = noClasses()
            .that(DescribedPredicate.not(WEB_ADAPTER))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.http..", "org.springframework.web..", "cn.jiedaoflow.web..")
            .because("domain code refuses with cn.jiedaoflow.refusal.Refusal and knows nothing of HTTP; controllers,"
                    + " the API's advice and filters translate (docs/architecture.md, \"Layers\")");

    @ArchTest
    static final ArchRule webAdaptersStayInTheirProcedure = noClasses()
            .that(annotatedWith(RestController.class))
            .should()
            .resideInAPackage("cn.jiedaoflow.web..")
            .because("a controller lives in its procedure's package, beside the service it calls");

    @ArchTest
    static final ArchRule engineApiOnlyAtTheEdges = noClasses()
            .that()
            .resideOutsideOfPackages("..engine..", "..people..", "..modellint..", "..personaldata..")
            .and(DescribedPredicate.not(ENGINE_EDGE))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda.bpm.engine..")
            .because("procedures reach the engine through delegates, listeners and the classes marked @EngineEdge;"
                    + " the personal-data mechanisms sit at the engine's doors");

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
    static final ArchRule refusalsArePlainJava = noClasses()
            .that()
            .resideInAnyPackage("..refusal..", "..input..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.camunda..", "org.springframework..", "jakarta..")
            .because("a refusal says what rule was broken, not how it is answered");

    @ArchTest
    static final ArchRule sharedPartsNeverDependOnAProcedure = noClasses()
            .that()
            .resideOutsideOfPackages(PROCEDURES)
            .and()
            .resideOutsideOfPackage("cn.jiedaoflow")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PROCEDURES)
            .because("shared parts (engine, people, calendar, scope, web, …) serve every procedure");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("cn.jiedaoflow.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a newcomer reads a package without reading the ones that use it");
}
