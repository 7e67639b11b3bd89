package cn.jiedaoflow.modellint;

import cn.jiedaoflow.modellint.ElementTemplates.Field;
import cn.jiedaoflow.modellint.ElementTemplates.Template;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * A reusable delegate, or the owners' vote, is used through its element template (docs/element-templates.md): an
 * element that names the template's delegate ({@code camunda:delegateExpression}) or called process
 * ({@code calledElement}) carries {@code camunda:modelerTemplate} and the template's version, and every element
 * made from a template carries each field the template hides or says must not be empty.
 */
final class TemplateChecks {

    private static final String CAMUNDA = BpmnModelConstants.CAMUNDA_NS;

    private TemplateChecks() {}

    static void check(DomElement element, String shown, ElementTemplates templates, List<Finding> findings) {
        if (BpmnModelConstants.BPMN20_NS.equals(element.getNamespaceURI())
                && element.getAttribute("id") != null
                && BpmnChecks.domInExecutableProcess(element)) {
            checkElement(element, shown, templates, findings);
        }
        for (DomElement child : element.getChildElements()) {
            check(child, shown, templates, findings);
        }
    }

    private static void checkElement(
            DomElement element, String shown, ElementTemplates templates, List<Finding> findings) {
        String id = element.getAttribute("id");
        String templateId = element.getAttribute(CAMUNDA, "modelerTemplate");
        Optional<String> implementation = implementation(element);
        if (templateId == null || templateId.isBlank()) {
            implementation
                    .flatMap(templates::forImplementation)
                    .ifPresent(template -> findings.add(new Finding(
                            shown,
                            id,
                            describe(element, implementation.get())
                                    + " is reusable, but the element is not made from its" + " element template "
                                    + template.id(),
                            "in Camunda Modeler, select the element and apply the template \"" + template.name()
                                    + "\" (" + template.id()
                                    + "), then fill in its fields (docs/element-templates.md)")));
            return;
        }
        Optional<Template> found = templates.byId(templateId);
        if (found.isEmpty()) {
            findings.add(new Finding(
                    shown,
                    id,
                    "camunda:modelerTemplate \"" + templateId + "\" names no element template in processes/"
                            + ElementTemplates.FOLDER,
                    "apply one of "
                            + String.join(
                                    ", ",
                                    templates.byId().keySet().stream().sorted().toList())
                            + ", or remove the template from the element"));
            return;
        }
        Template template = found.get();
        String version = element.getAttribute(CAMUNDA, "modelerTemplateVersion");
        if (!String.valueOf(template.version()).equals(version)) {
            findings.add(new Finding(
                    shown,
                    id,
                    "made from " + (version == null ? "an unnamed version" : "version " + version)
                            + " of element template " + template.id() + ", which is at version " + template.version(),
                    "in Camunda Modeler, update the element to the template's version " + template.version()
                            + " (the properties panel offers it) and check its fields"));
        }
        for (Field field : template.fields()) {
            if (field.required() && !carries(element, field)) {
                findings.add(new Finding(
                        shown,
                        id,
                        "element template " + template.id() + ": field " + field.shown()
                                + (field.hidden() ? " is missing or changed" : " is missing or empty"),
                        field.hidden()
                                ? "apply the template \"" + template.name() + "\" again in Camunda Modeler"
                                : "fill in " + field.shown() + " in the properties panel"));
            }
        }
    }

    private static Optional<String> implementation(DomElement element) {
        String delegate = element.getAttribute(CAMUNDA, "delegateExpression");
        if (delegate != null && !delegate.isBlank()) {
            return Optional.of(delegate.strip());
        }
        if ("callActivity".equals(element.getLocalName())) {
            return Optional.ofNullable(element.getAttribute("calledElement")).filter(s -> !s.isBlank());
        }
        return Optional.empty();
    }

    private static String describe(DomElement element, String implementation) {
        return "callActivity".equals(element.getLocalName()) && !implementation.startsWith("$")
                ? "calledElement " + implementation
                : "camunda:delegateExpression " + implementation;
    }

    /** Whether {@code element} carries {@code field}: with the template's value when hidden, else not empty. */
    private static boolean carries(DomElement element, Field field) {
        return switch (field.bindingType()) {
            case "property" -> matches(attribute(element, field.name()), field);
            case "camunda:inputParameter" ->
                camunda(element, "inputOutput")
                        .flatMap(io -> children(io, "inputParameter"))
                        .filter(p -> field.name().equals(p.getAttribute("name")))
                        .anyMatch(p -> matches(p.getTextContent(), field)
                                || !p.getChildElements().isEmpty());
            case "camunda:in" ->
                camunda(element, "in")
                        .filter(in -> field.name().equals(in.getAttribute("target")))
                        .anyMatch(in ->
                                matches(in.getAttribute(field.expression() ? "sourceExpression" : "source"), field));
            case "camunda:in:businessKey" ->
                camunda(element, "in").anyMatch(in -> matches(in.getAttribute("businessKey"), field));
            case "camunda:out" ->
                camunda(element, "out")
                        .filter(out -> field.name().equals(out.getAttribute("source")))
                        .anyMatch(out -> matches(out.getAttribute("target"), field));
            case "camunda:field" ->
                camunda(element, "field")
                        .filter(f -> field.name().equals(f.getAttribute("name")))
                        .anyMatch(f -> matches(f.getAttribute("stringValue"), field)
                                || matches(f.getAttribute("expression"), field)
                                || !f.getChildElements().isEmpty());
            case "camunda:property" ->
                camunda(element, "properties")
                        .flatMap(ps -> children(ps, "property"))
                        .filter(p -> field.name().equals(p.getAttribute("name")))
                        .anyMatch(p -> matches(p.getAttribute("value"), field));
            case "camunda:executionListener" ->
                camunda(element, "executionListener").anyMatch(l -> field.name().equals(l.getAttribute("event")));
            default -> true;
        };
    }

    private static boolean matches(String actual, Field field) {
        if (actual == null || actual.isBlank()) {
            return false;
        }
        return !field.hidden() || field.value() == null || field.value().equals(actual.strip());
    }

    /** {@code camunda:delegateExpression} in the Camunda namespace, {@code calledElement} without one. */
    private static String attribute(DomElement element, String name) {
        return name.startsWith("camunda:")
                ? element.getAttribute(CAMUNDA, name.substring("camunda:".length()))
                : element.getAttribute(name);
    }

    /** The Camunda extension elements of {@code element} named {@code localName}. */
    private static Stream<DomElement> camunda(DomElement element, String localName) {
        return element.getChildElements().stream()
                .filter(c -> BpmnModelConstants.BPMN20_NS.equals(c.getNamespaceURI())
                        && "extensionElements".equals(c.getLocalName()))
                .flatMap(extensions -> children(extensions, localName));
    }

    private static Stream<DomElement> children(DomElement parent, String localName) {
        return parent.getChildElements().stream()
                .filter(c -> CAMUNDA.equals(c.getNamespaceURI()) && localName.equals(c.getLocalName()));
    }
}
