package cn.jiedaoflow.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The Java types an Object variable may have: the application's own value types, the {@code java.util}
 * collections, {@code java.math}, {@code java.time}, and the {@code java.lang} values they hold. Anything else —
 * {@code java.io.File}, a gadget class on the class path — is never instantiated from a variable.
 *
 * <p>It guards both ends. On reading, the engine asks it before it deserializes a stored Object variable
 * (deserialization type validation, switched on in {@link EngineSettingsPlugin}), so a value stored before this
 * check existed is refused rather than built. On writing, {@link #refusingSerializer()} stands first among the
 * engine's serializers and claims exactly the Object values of a type outside the list, and refuses them, so that
 * such a variable is never stored: {@code /engine-rest}, the webapps and Java alike answer a 400 naming the type.
 */
final class VariableTypeAllowList implements DeserializationTypeValidator {

    static final String SERIALIZER_NAME = "jiedao-refused-object";

    private static final List<String> PACKAGES = List.of("cn.jiedaoflow.", "java.math.", "java.time.");

    private static final Set<String> CLASSES = Set.of(
            // the values collections hold, and the root Jackson maps an untyped value to
            "java.lang.Object",
            "java.lang.String",
            "java.lang.Boolean",
            "java.lang.Character",
            "java.lang.Byte",
            "java.lang.Short",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Float",
            "java.lang.Double",
            "boolean",
            "char",
            "byte",
            "short",
            "int",
            "long",
            "float",
            "double",
            // java.util collections (the interfaces Jackson maps to their usual classes)
            "java.util.Collection",
            "java.util.List",
            "java.util.Set",
            "java.util.SortedSet",
            "java.util.Map",
            "java.util.SortedMap",
            "java.util.Queue",
            "java.util.Deque",
            "java.util.ArrayList",
            "java.util.LinkedList",
            "java.util.Arrays$ArrayList",
            "java.util.ArrayDeque",
            "java.util.HashSet",
            "java.util.LinkedHashSet",
            "java.util.TreeSet",
            "java.util.HashMap",
            "java.util.LinkedHashMap",
            "java.util.TreeMap",
            "java.util.Date",
            "java.util.UUID",
            "java.util.Locale",
            "java.util.Currency");

    @Override
    public boolean validate(String className) {
        if (className == null || className.isBlank()) {
            return true;
        }
        String name = className.strip();
        return CLASSES.contains(name) || PACKAGES.stream().anyMatch(name::startsWith);
    }

    /**
     * Every class a type name names: {@code java.util.ArrayList<java.io.File>} names two, an array its element
     * type ({@code java.io.File[]} and the JVM's {@code [Ljava.io.File;}).
     */
    boolean allowsTypeName(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            return true;
        }
        return Arrays.stream(typeName.split("[<>,\\s\\[\\]]+"))
                .map(VariableTypeAllowList::elementClass)
                .filter(name -> !name.isEmpty())
                .allMatch(this::validate);
    }

    private static String elementClass(String name) {
        if (name.startsWith("L") && name.endsWith(";")) {
            return name.substring(1, name.length() - 1);
        }
        return name.endsWith(";") ? name.substring(0, name.length() - 1) : name;
    }

    /** A serializer that claims the Object values of types outside the list, and refuses to store them. */
    TypedValueSerializer<ObjectValue> refusingSerializer() {
        return new RefusingSerializer(this);
    }

    private record RefusingSerializer(VariableTypeAllowList allowList) implements TypedValueSerializer<ObjectValue> {

        @Override
        public String getName() {
            return SERIALIZER_NAME;
        }

        @Override
        public ValueType getType() {
            return ValueType.OBJECT;
        }

        /**
         * Typed Object values only — what the REST doors and forms send; plain Java values come from the
         * application's own code and go to the engine's serializers as before.
         */
        @Override
        public boolean canHandle(TypedValue value) {
            return value instanceof ObjectValue object && !allowList.allowsTypeName(typeName(object));
        }

        @Override
        public void writeValue(ObjectValue value, ValueFields valueFields) {
            throw EngineRefusal.of(
                    "不允许的变量类型：" + typeName(value), "variables of type " + typeName(value) + " are not allowed");
        }

        @Override
        public ObjectValue readValue(ValueFields valueFields, boolean deserializeValue, boolean isTransient) {
            throw new IllegalStateException("no variable is ever stored with serializer " + SERIALIZER_NAME);
        }

        @Override
        public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
            throw new IllegalStateException("untyped values are never given to serializer " + SERIALIZER_NAME);
        }

        /** The engine's default format, so that among several serializers that could take the value this one wins. */
        @Override
        public String getSerializationDataformat() {
            return "application/json";
        }

        @Override
        public boolean isMutableValue(ObjectValue typedValue) {
            return false;
        }

        private static String typeName(ObjectValue value) {
            if (value.getObjectTypeName() != null) {
                return value.getObjectTypeName();
            }
            return value.isDeserialized() && value.getValue() != null
                    ? value.getValue().getClass().getName()
                    : null;
        }
    }
}
