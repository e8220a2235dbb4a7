package org.courtdesk.server.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.KindRegistry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OpenAPI 3.1 component schemas read off the shared-model types by reflection, so the document cannot drift from
 * what Jackson reads and writes, and a new kind's view needs no hand-kept JSON.
 *
 * <p>A record becomes an object with its components as properties, in order; an enum a string with its names in
 * declaration order; {@link RequestView} a {@code oneOf} of every built kind's view (from {@link KindRegistry}) told
 * apart by {@code kind}, which each view carries as a constant. Nested records and enums are {@code $ref}s, walked.
 *
 * <p>What Java does not say comes from optional <em>notes</em> per schema (kept in the hand-written document):
 * {@code description}; {@code nullable}, the components that may be null (without it every non-primitive one may
 * be); and {@code properties}, keywords laid over a generated property ({@code description}, {@code examples},
 * {@code maxLength}..., or a {@code $ref} that replaces its type, e.g. a String holding an enum's names).
 */
final class SchemaGenerator {

    static final String REF = "#/components/schemas/";
    /** ISO local date-time as Jackson writes it: no offset, so not RFC 3339 {@code date-time}. */
    static final String LOCAL_DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode notes;
    private final Set<Class<?>> inputs;
    private final Map<String, ObjectNode> schemas = new LinkedHashMap<>();
    private final Map<String, Class<?>> typeOfName = new LinkedHashMap<>();
    private final Deque<Class<?>> pending = new ArrayDeque<>();

    /**
     * @param notes  schema name → notes (may be empty); a note for a schema that is not generated is an error
     * @param inputs the types clients send; records reached from them count as sent too
     */
    SchemaGenerator(JsonNode notes, Collection<Class<?>> inputs) {
        this.notes = notes;
        this.inputs = closure(inputs);
    }

    /** The schemas of the roots and of every type they reach, by simple name, roots first. */
    Map<String, ObjectNode> generate(List<Class<?>> roots) {
        roots.forEach(this::enqueue);
        while (!pending.isEmpty()) {
            Class<?> type = pending.removeFirst();
            schemas.put(type.getSimpleName(), schemaOf(type));
        }
        for (Iterator<String> it = notes.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!schemas.containsKey(name)) {
                throw new IllegalStateException("schema notes for " + name + ", which is not a generated schema");
            }
        }
        return schemas;
    }

    private void enqueue(Class<?> type) {
        Class<?> known = typeOfName.putIfAbsent(type.getSimpleName(), type);
        if (known == null) {
            pending.addLast(type);
        } else if (known != type) {
            throw new IllegalStateException("two types named " + type.getSimpleName() + ": " + known + ", " + type);
        }
    }

    private ObjectNode schemaOf(Class<?> type) {
        ObjectNode note = note(type.getSimpleName());
        ObjectNode s = NODES.objectNode();
        s.put("x-java-type", type.getName());
        if (note.has("description")) {
            s.set("description", note.get("description"));
        }
        if (type.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object c : type.getEnumConstants()) {
                values.add(((Enum<?>) c).name());
            }
        } else if (type == RequestView.class) {
            polymorphic(s);
        } else if (type.isRecord()) {
            record(type, note, s);
        } else {
            throw new IllegalStateException("no schema rule for " + type + " (not a record, enum or RequestView)");
        }
        return s;
    }

    /** Every built kind's view, chosen by {@code kind}: the same list the ObjectMappers register. */
    private void polymorphic(ObjectNode s) {
        ArrayNode oneOf = s.putArray("oneOf");
        ObjectNode discriminator = s.putObject("discriminator");
        discriminator.put("propertyName", "kind");
        ObjectNode mapping = discriminator.putObject("mapping");
        KindRegistry.viewTypes().forEach((kind, view) -> {
            enqueue(view);
            oneOf.addObject().put("$ref", REF + view.getSimpleName());
            mapping.put(kind, REF + view.getSimpleName());
        });
    }

    private void record(Class<?> type, ObjectNode note, ObjectNode s) {
        String name = type.getSimpleName();
        boolean input = inputs.contains(type);
        // Problem-like records leave nulls out: a nullable field is then absent, never null.
        JsonInclude include = type.getAnnotation(JsonInclude.class);
        boolean omitsNulls = include != null && include.value() == JsonInclude.Include.NON_NULL;
        Set<String> nullable = nullable(type, note);
        JsonNode propertyNotes = note.path("properties");

        s.put("type", "object");
        ArrayNode required = s.putArray("required");
        if (input) {
            s.put("additionalProperties", false);
        }
        ObjectNode properties = s.putObject("properties");
        for (RecordComponent c : type.getRecordComponents()) {
            boolean mayBeNull = nullable.contains(c.getName());
            // A component that leaves its null out (its own @JsonInclude NON_NULL) is absent rather than null.
            JsonInclude own = c.getAccessor().getAnnotation(JsonInclude.class);
            boolean omitted = omitsNulls || (own != null && own.value() == JsonInclude.Include.NON_NULL);
            ObjectNode p = propertyOf(c.getGenericType(), mayBeNull && !omitted);
            JsonNode pNote = propertyNotes.path(c.getName());
            if (pNote.isObject()) {
                overlay(p, (ObjectNode) pNote);
            }
            properties.set(c.getName(), p);
            if (!mayBeNull || !(input || omitted)) {
                required.add(c.getName());
            }
        }
        if (RequestView.class.isAssignableFrom(type)) {
            // RequestView.kind() is the type id Jackson writes after the fields: always this view's own kind.
            JsonTypeName id = type.getAnnotation(JsonTypeName.class);
            if (id == null) {
                throw new IllegalStateException(name + " is a RequestView without @JsonTypeName");
            }
            ObjectNode kind = properties.putObject("kind");
            kind.put("type", "string");
            kind.put("const", id.value());
            kind.put("description", "The view's kind (type id of RequestView)");
            required.add("kind");
        }
        for (Iterator<String> it = propertyNotes.fieldNames(); it.hasNext(); ) {
            String p = it.next();
            if (!properties.has(p)) {
                throw new IllegalStateException("schema notes for " + name + "." + p + ", which " + name + " lacks");
            }
        }
        if (required.isEmpty()) {
            s.remove("required");
        }
    }

    private static Set<String> nullable(Class<?> type, ObjectNode note) {
        Set<String> nullable = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!c.getType().isPrimitive() && !note.has("nullable")) {
                nullable.add(c.getName());
            }
        }
        for (JsonNode n : note.path("nullable")) {
            RecordComponent c = component(type, n.asText());
            if (c.getType().isPrimitive()) {
                throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + " is primitive: never null");
            }
            nullable.add(c.getName());
        }
        return nullable;
    }

    /** The schema of a value of {@code javaType}; {@code nullable} adds null to its type. */
    private ObjectNode propertyOf(Type javaType, boolean nullable) {
        ObjectNode p = NODES.objectNode();
        if (javaType instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            type(p, "array", nullable);
            p.set("items", propertyOf(pt.getActualTypeArguments()[0], false));
            return p;
        }
        if (javaType instanceof ParameterizedType pt && pt.getRawType() == Map.class
                && pt.getActualTypeArguments()[0] == String.class) {
            type(p, "object", nullable);
            p.set("additionalProperties", propertyOf(pt.getActualTypeArguments()[1], false));
            return p;
        }
        if (!(javaType instanceof Class<?> c)) {
            throw new IllegalStateException("no schema rule for " + javaType);
        }
        if (c.isRecord() || c.isEnum() || c == RequestView.class) {
            enqueue(c);
            if (!nullable) {
                p.put("$ref", REF + c.getSimpleName());
            } else {
                ArrayNode oneOf = p.putArray("oneOf");
                oneOf.addObject().put("$ref", REF + c.getSimpleName());
                oneOf.addObject().put("type", "null");
            }
        } else if (c == long.class || c == Long.class) {
            type(p, "integer", nullable).put("format", "int64");
        } else if (c == int.class || c == Integer.class) {
            type(p, "integer", nullable).put("format", "int32");
        } else if (c == boolean.class || c == Boolean.class) {
            type(p, "boolean", nullable);
        } else if (c == BigDecimal.class) {
            // Jackson writes and reads a BigDecimal as a JSON number, never as a string.
            type(p, "number", nullable);
        } else if (c == String.class) {
            type(p, "string", nullable);
        } else if (c == LocalDate.class) {
            type(p, "string", nullable).put("format", "date");
        } else if (c == Instant.class || c == OffsetDateTime.class) {
            type(p, "string", nullable).put("format", "date-time");
        } else if (c == LocalDateTime.class) {
            type(p, "string", nullable).put("pattern", LOCAL_DATE_TIME_PATTERN);
            p.putArray("examples").add("2026-11-24T09:30:00");
        } else if (c == UUID.class) {
            type(p, "string", nullable).put("format", "uuid");
        } else if (c == Object.class) {
            // Any JSON value: its owner's other fields say what it is (a feed entry's item is its kind's record).
            type(p, "object", nullable);
        } else {
            throw new IllegalStateException("no schema rule for " + c);
        }
        return p;
    }

    private static ObjectNode type(ObjectNode p, String type, boolean nullable) {
        if (nullable) {
            p.putArray("type").add(type).add("null");
        } else {
            p.put("type", type);
        }
        return p;
    }

    /** A note's keywords win; a note's {@code $ref} replaces the generated type (keeping a nullable's null). */
    private void overlay(ObjectNode p, ObjectNode note) {
        if (note.has("$ref")) {
            String ref = note.get("$ref").asText();
            boolean nullable = p.path("type").isArray();
            p.removeAll();
            if (nullable) {
                ArrayNode oneOf = p.putArray("oneOf");
                oneOf.addObject().put("$ref", ref);
                oneOf.addObject().put("type", "null");
            } else {
                p.put("$ref", ref);
            }
        }
        note.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                p.set(e.getKey(), e.getValue());
            }
        });
    }

    private ObjectNode note(String name) {
        JsonNode n = notes.path(name);
        return n.isObject() ? (ObjectNode) n : NODES.objectNode();
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("schema notes name " + type.getSimpleName() + "." + name + ", which it lacks");
    }

    /** The inputs and every record inside them (a party of a FilingForm is sent too). */
    private static Set<Class<?>> closure(Collection<Class<?>> roots) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Class<?> c = todo.removeFirst();
            if (!c.isRecord() || !seen.add(c)) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                Type t = rc.getGenericType();
                if (t instanceof ParameterizedType pt) {
                    for (Type arg : pt.getActualTypeArguments()) {
                        if (arg instanceof Class<?> a) {
                            todo.add(a);
                        }
                    }
                } else {
                    todo.add(rc.getType());
                }
            }
        }
        return seen;
    }
}
