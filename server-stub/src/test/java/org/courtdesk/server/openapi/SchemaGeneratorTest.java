package org.courtdesk.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.courtdesk.model.api.ReadingRequestView;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.server.http.Json;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The generator's mapping from Java types to JSON Schema, one rule at a time, and what it refuses. */
class SchemaGeneratorTest {

    enum Colour { RED, BLUE, AMBER }

    record Inner(String label) {}

    record Sample(long l, int i, boolean b, String s, BigDecimal amount, Instant at, LocalDate day,
                  LocalDateTime local, UUID key, List<Inner> inners, Colour colour, Inner inner,
                  Map<String, Long> counts, Long boxed) {}

    record Form(UUID key, long base, String text, Inner inner) {}

    record Odd(double d) {}

    static final class Other {
        record Inner(String x) {}
    }

    record Clash(Inner a, Other.Inner b) {}

    static Map<String, ObjectNode> generate(String notes, Set<Class<?>> inputs, Class<?>... roots) throws Exception {
        return new SchemaGenerator(Json.MAPPER.readTree(notes), inputs).generate(List.of(roots));
    }

    static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void eachJavaTypeHasItsSchemaAndEveryReferenceMayBeNullWithoutNotes() throws Exception {
        Map<String, ObjectNode> schemas = generate("{}", Set.of(), Sample.class);
        assertThat(schemas.keySet()).containsExactly("Sample", "Inner", "Colour");
        assertThat(schemas.get("Sample")).isEqualTo(json("""
                {'x-java-type': 'org.courtdesk.server.openapi.SchemaGeneratorTest$Sample', 'type': 'object',
                 'required': ['l','i','b','s','amount','at','day','local','key','inners','colour','inner','counts','boxed'],
                 'properties': {
                   'l': {'type': 'integer', 'format': 'int64'},
                   'i': {'type': 'integer', 'format': 'int32'},
                   'b': {'type': 'boolean'},
                   's': {'type': ['string','null']},
                   'amount': {'type': ['number','null']},
                   'at': {'type': ['string','null'], 'format': 'date-time'},
                   'day': {'type': ['string','null'], 'format': 'date'},
                   'local': {'type': ['string','null'], 'pattern': '%s', 'examples': ['2026-11-24T09:30:00']},
                   'key': {'type': ['string','null'], 'format': 'uuid'},
                   'inners': {'type': ['array','null'], 'items': {'$ref': '#/components/schemas/Inner'}},
                   'colour': {'oneOf': [{'$ref': '#/components/schemas/Colour'}, {'type': 'null'}]},
                   'inner': {'oneOf': [{'$ref': '#/components/schemas/Inner'}, {'type': 'null'}]},
                   'counts': {'type': ['object','null'], 'additionalProperties': {'type': 'integer', 'format': 'int64'}},
                   'boxed': {'type': ['integer','null'], 'format': 'int64'}}}
                """.formatted(SchemaGenerator.LOCAL_DATE_TIME_PATTERN.replace("\\", "\\\\"))));
        // Enum values in declaration order, not sorted.
        assertThat(schemas.get("Colour")).isEqualTo(json("""
                {'x-java-type': 'org.courtdesk.server.openapi.SchemaGeneratorTest$Colour', 'type': 'string',
                 'enum': ['RED','BLUE','AMBER']}"""));
        // The pattern takes what Jackson writes for a LocalDateTime.
        assertThat(LocalDateTime.of(2026, 11, 24, 9, 30, 5).toString()).matches(SchemaGenerator.LOCAL_DATE_TIME_PATTERN);
    }

    @Test
    void notesNarrowNullsAndAddProse() throws Exception {
        Map<String, ObjectNode> schemas = generate("""
                {"Sample": {"description": "A sample.", "nullable": ["inner", "s"],
                            "properties": {"s": {"description": "free", "maxLength": 9},
                                           "key": {"$ref": "#/components/schemas/Colour"},
                                           "inner": {"description": "maybe"}}},
                 "Colour": {"description": "Colours."}}""", Set.of(), Sample.class);
        ObjectNode sample = schemas.get("Sample");
        assertThat(sample.get("description").asText()).isEqualTo("A sample.");
        assertThat(sample.at("/properties/s")).isEqualTo(json(
                "{'type': ['string','null'], 'description': 'free', 'maxLength': 9}"));
        assertThat(sample.at("/properties/day")).as("not in nullable: never null")
                .isEqualTo(json("{'type': 'string', 'format': 'date'}"));
        assertThat(sample.at("/properties/colour")).isEqualTo(json("{'$ref': '#/components/schemas/Colour'}"));
        assertThat(sample.at("/properties/key")).as("a $ref note replaces the type")
                .isEqualTo(json("{'$ref': '#/components/schemas/Colour'}"));
        assertThat(sample.at("/properties/inner")).isEqualTo(json(
                "{'oneOf': [{'$ref': '#/components/schemas/Inner'}, {'type': 'null'}], 'description': 'maybe'}"));
        assertThat(schemas.get("Colour").get("description").asText()).isEqualTo("Colours.");
    }

    @Test
    void inputsRefuseUnknownFieldsAndRequireOnlyWhatMayNotBeNull() throws Exception {
        Map<String, ObjectNode> schemas = generate("{\"Form\": {\"nullable\": [\"text\"]}}", Set.of(Form.class),
                Form.class);
        ObjectNode form = schemas.get("Form");
        assertThat(form.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(form.get("required")).isEqualTo(json("['key','base','inner']"));
        // A record inside an input is sent too; with no notes only its primitives are required (it has none).
        ObjectNode inner = schemas.get("Inner");
        assertThat(inner.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(inner.has("required")).isFalse();
        // The same records as output: no additionalProperties, every field required (Jackson writes nulls).
        Map<String, ObjectNode> out = generate("{\"Form\": {\"nullable\": [\"text\"]}}", Set.of(), Form.class);
        assertThat(out.get("Form").has("additionalProperties")).isFalse();
        assertThat(out.get("Form").get("required")).isEqualTo(json("['key','base','text','inner']"));
    }

    @Test
    void requestViewIsOneOfTheRegisteredViewsByKind() throws Exception {
        Map<String, ObjectNode> schemas = generate("{}", Set.of(), RequestView.class);
        ObjectNode view = schemas.get("RequestView");
        assertThat(view.at("/discriminator/propertyName").asText()).isEqualTo("kind");
        assertThat(view.get("oneOf")).hasSize(KindRegistry.viewTypes().size());
        KindRegistry.viewTypes().forEach((kind, type) -> {
            assertThat(view.at("/discriminator/mapping/" + kind).asText())
                    .isEqualTo("#/components/schemas/" + type.getSimpleName());
            ObjectNode schema = schemas.get(type.getSimpleName());
            assertThat(schema.at("/properties/kind/const").asText()).isEqualTo(kind);
            assertThat(schema.get("required").get(schema.get("required").size() - 1).asText()).isEqualTo("kind");
        });
        assertThat(schemas.get(ReadingRequestView.class.getSimpleName()).at("/properties/kind/const").asText())
                .isEqualTo("CASE_FILE_READING");
        assertThat(schemas).doesNotContainKey("Unknown");
    }

    @Test
    void refusesWhatItCannotDescribeAndStaleNotes() {
        assertThatThrownBy(() -> generate("{}", Set.of(), Odd.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no schema rule for double");
        assertThatThrownBy(() -> generate("{}", Set.of(), Clash.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two types named Inner");
        assertThatThrownBy(() -> generate("{\"Gone\": {}}", Set.of(), Inner.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Gone");
        assertThatThrownBy(() -> generate("{\"Inner\": {\"properties\": {\"lable\": {}}}}", Set.of(), Inner.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Inner.lable");
        assertThatThrownBy(() -> generate("{\"Sample\": {\"nullable\": [\"l\"]}}", Set.of(), Sample.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Sample.l is primitive");
        assertThatThrownBy(() -> generate("{}", Set.of(), Other.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a record");
    }
}
