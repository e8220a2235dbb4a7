package org.courtdesk.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.courtdesk.model.api.ErrorCode;
import org.courtdesk.model.api.RequestView;
import org.courtdesk.model.request.KindRegistry;
import org.courtdesk.server.CourtDeskServer.Route;
import org.courtdesk.server.http.Json;
import org.courtdesk.server.support.HttpTestClient;
import org.courtdesk.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI document against the truth: the routes the running server registered (strictly), API.md, the
 * shared-model records and enums, and the authentication the server really applies.
 */
class OpenApiDocumentTest {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    static TestServer server;
    static JsonNode doc;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        doc = Json.MAPPER.readTree(OpenApiRoutes.load());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ------------------------------------------------------------------ served

    @Test
    void servedWithoutATokenAsOpenApi31Json() {
        HttpTestClient.Response r = server.client().get(OpenApiRoutes.PATH);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode served = r.json();
        assertThat(served.path("openapi").asText()).matches("3\\.1\\.\\d+");
        assertThat(served.path("info").path("title").asText()).isNotBlank();
        assertThat(served.path("paths").size()).isGreaterThan(10);
        assertThat(served).isEqualTo(doc);
        // Chinese survives the trip (served as UTF-8 bytes).
        assertThat(r.text()).contains("阅卷申请");
    }

    @Test
    void aBadTokenDoesNotStopIt() {
        HttpTestClient.Response r = server.client().withToken("not-a-token").get(OpenApiRoutes.PATH);
        assertThat(r.status()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ routes: registered = documented

    @Test
    void everyRouteTheServerRegisteredIsDocumented() {
        List<Route> registered = server.server().routes();
        assertThat(registered).as("the server's routes").contains(new Route("GET", OpenApiRoutes.PATH),
                new Route("POST", "/api/v1/auth/login"), new Route("GET", "/api/v1/changes"));
        Set<Route> documented = documentedRoutes();
        List<Route> missing = registered.stream().filter(r -> !documented.contains(r)).toList();
        assertThat(missing).as("routes the server serves but openapi.json does not describe").isEmpty();
    }

    @Test
    void everyDocumentedRouteIsServed() {
        Set<Route> registered = new HashSet<>(server.server().routes());
        List<Route> unserved = documentedRoutes().stream().filter(r -> !registered.contains(r)).toList();
        assertThat(unserved).as("routes openapi.json describes but the server does not serve").isEmpty();
    }

    @Test
    void apiMdAndTheDocumentListTheSameEndpoints() throws IOException {
        assertThat(new TreeSet<>(names(documentedRoutes()))).isEqualTo(new TreeSet<>(names(apiMdRoutes())));
    }

    // ------------------------------------------------------------------ authentication as documented

    /**
     * Every documented route the server has, called without a token: a route with {@code security: []} (or only the
     * identity provider's key) must get past the auth filter; every other one must be refused with 401 UNAUTHENTICATED.
     */
    @Test
    void securityIsWhatTheServerEnforces() {
        Set<Route> registered = new HashSet<>(server.server().routes());
        HttpTestClient anonymous = server.client();
        for (Route route : documentedRoutes()) {
            if (!registered.contains(route)) {
                continue;
            }
            JsonNode op = operation(route);
            JsonNode security = op.has("security") ? op.get("security") : doc.get("security");
            boolean needsBearer = false;
            for (JsonNode requirement : security) {
                needsBearer |= requirement.has("bearerAuth");
            }
            String path = route.path().replace("{id}", "1").replace("{sha256}", "0".repeat(64)).replace("{code}", "x");
            HttpTestClient.Response r = route.method().equals("GET") ? anonymous.get(path)
                    : anonymous.postRaw(path, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
            boolean stoppedByAuthFilter = r.status() == 401 && "UNAUTHENTICATED".equals(r.code())
                    && ErrorCode.UNAUTHENTICATED.message().equals(r.json().path("detail").asText());
            assertThat(stoppedByAuthFilter).as("%s without a token: %s %s (documented %s)", route, r.status(),
                    r.text(), needsBearer ? "bearer" : "public").isEqualTo(needsBearer);
            if (needsBearer) {
                assertThat(op.path("responses").has("401")).as("%s documents its 401", route).isTrue();
            }
        }
    }

    // ------------------------------------------------------------------ the document is well formed

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();
        walk(doc, node -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || doc.at(ref.asText().substring(1)).isMissingNode())) {
                broken.add(ref.asText());
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void everySchemaAndSharedResponseIsUsed() {
        Set<String> refs = new HashSet<>();
        walk(doc, node -> {
            if (node.has("$ref")) {
                refs.add(node.get("$ref").asText());
            }
        });
        // The 网上立案 bodies are generated ahead of the paths that will name them.
        Set<String> ahead = SchemaRoots.AHEAD_OF_PATHS.stream().map(Class::getSimpleName).collect(Collectors.toSet());
        for (String section : List.of("schemas", "responses", "parameters")) {
            doc.path("components").path(section).fieldNames().forEachRemaining(name -> {
                if (!(section.equals("schemas") && ahead.contains(name))) {
                    assertThat(refs).as("components/%s/%s is referenced", section, name)
                            .contains("#/components/" + section + "/" + name);
                }
            });
        }
    }

    /** Every filing body a path may name is there before the path is (issue 9: a kind adds no hand-kept JSON). */
    @Test
    void theFilingBodiesAndTheFilingViewAreGenerated() {
        for (String name : List.of("FilingForm", "FilingReceipt", "FilingOpinionSave", "FilingConclusionDecision",
                "FilingIntake", "FilingMessagePost", "FilingSupplementForm", "FilingView", "FilingParty",
                "FilingReview", "FilingMaterialRef", "FilingMessage", "PartyRole", "ReturnKind")) {
            assertThat(doc.at("/components/schemas/" + name).path("x-java-type").asText()).as(name).isNotBlank();
        }
        assertThat(doc.at("/components/schemas/FilingView/properties/amountInDispute/type"))
                .containsExactly(Json.MAPPER.getNodeFactory().textNode("number"),
                        Json.MAPPER.getNodeFactory().textNode("null"));
        assertThat(doc.at("/components/schemas/FilingForm/additionalProperties").asBoolean(true)).isFalse();
    }

    /**
     * The hand-written part keeps no schema of a Java type (those are generated), and its notes for the generator
     * are used up, not served.
     */
    @Test
    void theHandWrittenPartHoldsNoGeneratedSchemaAndNotesAreNotServed() throws IOException {
        JsonNode handWritten;
        try (var in = OpenApiRoutes.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            handWritten = Json.MAPPER.readTree(in);
        }
        List<String> javaTyped = new ArrayList<>();
        handWritten.path("components").path("schemas").fields().forEachRemaining(e -> {
            if (e.getValue().has("x-java-type")) {
                javaTyped.add(e.getKey());
            }
        });
        assertThat(javaTyped).as("schemas of Java types kept by hand").isEmpty();
        assertThat(handWritten.path("components").has(OpenApiDocument.NOTES)).isTrue();
        assertThat(doc.path("components").has(OpenApiDocument.NOTES)).isFalse();
        // The notes' prose arrives: a description and a property's examples.
        assertThat(doc.at("/components/schemas/ReadingRequestView/description").asText()).contains("阅卷申请");
        assertThat(doc.at("/components/schemas/CourtInfo/properties/code/examples/0").asText()).isEqualTo("粤01");
    }

    @Test
    void everyOperationHasAUniqueIdASuccessAndItsPathParameters() {
        Set<String> ids = new HashSet<>();
        Pattern template = Pattern.compile("\\{([^}]+)}");
        for (Route route : documentedRoutes()) {
            JsonNode item = doc.path("paths").path(route.path());
            JsonNode op = operation(route);
            assertThat(ids.add(op.path("operationId").asText())).as("unique operationId of %s", route).isTrue();
            assertThat(op.path("summary").asText()).as("summary of %s", route).isNotBlank();
            List<String> statuses = new ArrayList<>();
            op.path("responses").fieldNames().forEachRemaining(statuses::add);
            assertThat(statuses).as("a 2xx of %s", route).anyMatch(s -> s.startsWith("2"));

            Set<String> declared = new HashSet<>();
            for (JsonNode p : concat(item.path("parameters"), op.path("parameters"))) {
                JsonNode param = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
                if ("path".equals(param.path("in").asText())) {
                    assertThat(param.path("required").asBoolean()).isTrue();
                    declared.add(param.path("name").asText());
                }
            }
            Set<String> inTemplate = new HashSet<>();
            Matcher m = template.matcher(route.path());
            while (m.find()) {
                inTemplate.add(m.group(1));
            }
            assertThat(declared).as("path parameters of %s", route).isEqualTo(inTemplate);

            JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
            if (!body.isMissingNode()) {
                assertThat(op.path("responses").has("400")).as("%s documents refusing a bad body", route).isTrue();
                JsonNode schema = resolve(body);
                assertThat(schema.path("additionalProperties").asBoolean(true))
                        .as("the server refuses unknown fields in %s", body).isFalse();
            }
        }
    }

    /** Each error answer is problem+json, and each code it names belongs to that HTTP status (ErrorCode). */
    @Test
    void errorResponsesAreProblemsWithCodesOfTheirStatus() {
        for (Route route : documentedRoutes()) {
            JsonNode op = operation(route);
            op.path("responses").fields().forEachRemaining(e -> {
                int status = Integer.parseInt(e.getKey());
                // Health answers DOWN with its own body: monitoring reads status and database, not a problem.
                if (status < 400 || (status == 503 && (route.path().endsWith("/health") || route.path().endsWith("/health/ready")))) {
                    return;
                }
                JsonNode response = resolve(e.getValue());
                JsonNode content = response.path("content");
                assertThat(names(content)).as("%s %s", route, status).containsExactly("application/problem+json");
                JsonNode schema = content.path("application/problem+json").path("schema");
                assertThat(schema.path("allOf").get(0).path("$ref").asText()).isEqualTo("#/components/schemas/Problem");
                JsonNode codes = schema.path("allOf").get(1).path("properties").path("code").path("enum");
                assertThat(codes.size()).as("%s %s names its codes", route, status).isPositive();
                for (JsonNode code : codes) {
                    ErrorCode errorCode = ErrorCode.valueOf(code.asText());
                    assertThat(errorCode.httpStatus()).as("%s answers %s with %s", route, status, errorCode)
                            .isEqualTo(status);
                }
            });
        }
    }

    // ------------------------------------------------------------------ schemas = shared-model records and enums

    @Test
    void everyApiRecordAndEnumHasASchema() throws Exception {
        Set<String> described = new HashSet<>();
        doc.path("components").path("schemas").forEach(s -> {
            if (s.has("x-java-type")) {
                described.add(s.get("x-java-type").asText());
            }
        });
        assertThat(described).containsAll(apiTypes());
    }

    @Test
    void schemasMatchTheSharedModelFieldByField() throws ClassNotFoundException {
        Iterator<Map.Entry<String, JsonNode>> it = doc.path("components").path("schemas").fields();
        int checked = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode schema = e.getValue();
            if (!schema.has("x-java-type")) {
                continue;
            }
            Class<?> type = Class.forName(schema.get("x-java-type").asText());
            assertThat(e.getKey()).isEqualTo(type.getSimpleName());
            if (type.isEnum()) {
                List<String> values = new ArrayList<>();
                schema.path("enum").forEach(v -> values.add(v.asText()));
                assertThat(values).as("enum %s", type.getSimpleName()).containsExactlyElementsOf(
                        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
                assertThat(schema.path("type").asText()).isEqualTo("string");
            } else if (type.isInterface()) {
                checkPolymorphic(type, schema);
            } else {
                assertThat(type.isRecord()).as("%s is a record", type).isTrue();
                checkRecord(type, schema);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    /**
     * RequestView: one of the registered kinds' views, told apart by {@code kind}; exactly the views shared-model's
     * KindRegistry registers, so a built kind cannot be left out of the document.
     */
    private static void checkPolymorphic(Class<?> type, JsonNode schema) {
        assertThat(type).isEqualTo(RequestView.class);
        Map<String, String> expected = new TreeMap<>();
        KindRegistry.viewTypes().forEach((kind, view) -> expected.put(kind, "#/components/schemas/" + view.getSimpleName()));
        assertThat(schema.path("discriminator").path("propertyName").asText()).isEqualTo("kind");
        Map<String, String> mapping = new TreeMap<>();
        schema.path("discriminator").path("mapping").fields().forEachRemaining(e -> mapping.put(e.getKey(), e.getValue().asText()));
        assertThat(mapping).as("discriminator mapping of RequestView").isEqualTo(expected);
        List<String> oneOf = new ArrayList<>();
        schema.path("oneOf").forEach(alt -> oneOf.add(alt.path("$ref").asText()));
        assertThat(oneOf).as("oneOf of RequestView").containsExactlyInAnyOrderElementsOf(expected.values());
        KindRegistry.viewTypes().forEach((kind, view) -> assertThat(doc.at("/components/schemas/" + view.getSimpleName())
                .path("x-java-type").asText()).isEqualTo(view.getName()));
    }

    private static void checkRecord(Class<?> type, JsonNode schema) {
        String name = type.getSimpleName();
        assertThat(schema.path("type").asText()).isEqualTo("object");
        List<String> properties = names(schema.path("properties"));
        List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        if (RequestView.class.isAssignableFrom(type)) {
            // A kind's view: its fields, then the type id "kind" Jackson writes after them, always its own kind.
            components = new ArrayList<>(components);
            components.add("kind");
            JsonNode kind = schema.path("properties").path("kind");
            assertThat(kind.path("const").asText()).as("%s.kind", name)
                    .isEqualTo(type.getAnnotation(JsonTypeName.class).value());
            assertThat(schema.path("required")).as("%s.kind is required", name).anySatisfy(r -> assertThat(r.asText()).isEqualTo("kind"));
        }
        assertThat(properties).as("properties of %s, in the record's order", name).containsExactlyElementsOf(components);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertThat(components).as("required of %s", name).containsAll(required);
        for (RecordComponent c : type.getRecordComponents()) {
            String where = name + "." + c.getName();
            JsonNode property = schema.path("properties").path(c.getName());
            boolean nullable = isNullable(property);
            if (c.getType().isPrimitive()) {
                assertThat(required).as("%s is primitive: required", where).contains(c.getName());
                assertThat(nullable).as("%s is primitive: not nullable", where).isFalse();
            }
            checkType(where, c.getGenericType(), unwrapNullable(property));
        }
    }

    private static void checkType(String where, Type javaType, JsonNode s) {
        if (javaType instanceof ParameterizedType p && p.getRawType() == List.class) {
            assertThat(typeOf(s)).as("%s is an array", where).isEqualTo("array");
            checkType(where + "[]", p.getActualTypeArguments()[0], unwrapNullable(s.path("items")));
            return;
        }
        Class<?> c = (Class<?>) javaType;
        if (c.isEnum() || c.isRecord() || c.isInterface()) {
            assertThat(s.path("$ref").asText()).as("%s refers to its type", where)
                    .isEqualTo("#/components/schemas/" + c.getSimpleName());
            assertThat(doc.at("/components/schemas/" + c.getSimpleName()).path("x-java-type").asText())
                    .isEqualTo(c.getName());
            return;
        }
        String format = s.path("format").asText(null);
        if (c == long.class || c == Long.class) {
            assertThat(List.of(typeOf(s), format)).as(where).containsExactly("integer", "int64");
        } else if (c == int.class || c == Integer.class) {
            assertThat(List.of(typeOf(s), format)).as(where).containsExactly("integer", "int32");
        } else if (c == boolean.class || c == Boolean.class) {
            assertThat(typeOf(s)).as(where).isEqualTo("boolean");
        } else if (c == String.class && s.has("$ref")) {
            // A String that carries an enum's names (Problem.code: ErrorCode).
            JsonNode target = resolve(s);
            assertThat(typeOf(target)).as(where).isEqualTo("string");
            assertThat(target.path("enum").size()).as("%s names an enum", where).isPositive();
        } else if (c == String.class) {
            assertThat(typeOf(s)).as(where).isEqualTo("string");
            assertThat(format).as("%s is free text", where).isNotIn("date", "date-time", "uuid");
        } else if (c == LocalDate.class) {
            assertThat(List.of(typeOf(s), format)).as(where).containsExactly("string", "date");
        } else if (c == Instant.class) {
            assertThat(List.of(typeOf(s), format)).as(where).containsExactly("string", "date-time");
        } else if (c == LocalDateTime.class) {
            // No offset, so not RFC 3339 date-time: a pattern instead.
            assertThat(typeOf(s)).as(where).isEqualTo("string");
            assertThat(format).as(where).isNull();
            assertThat(LocalDateTime.of(2026, 11, 24, 9, 30).toString()).as(where).matches(s.path("pattern").asText());
        } else if (c == BigDecimal.class) {
            // Jackson writes a BigDecimal as a JSON number.
            assertThat(List.of(typeOf(s), String.valueOf(format))).as(where).containsExactly("number", "null");
        } else if (c == UUID.class) {
            assertThat(List.of(typeOf(s), format)).as(where).containsExactly("string", "uuid");
        } else if (c == Object.class) {
            // Any JSON object its owner's other fields name (Change.item: a feed entry's record).
            assertThat(typeOf(s)).as(where).isEqualTo("object");
        } else {
            fail("%s: no schema rule for %s", where, c);
        }
    }

    /** {@code type: [X, "null"]} or {@code oneOf: [{$ref}, {type: null}]}. */
    private static boolean isNullable(JsonNode s) {
        if (s.path("type").isArray()) {
            for (JsonNode t : s.get("type")) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (JsonNode alt : s.path("oneOf")) {
            if ("null".equals(alt.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode unwrapNullable(JsonNode s) {
        if (s.has("oneOf")) {
            for (JsonNode alt : s.get("oneOf")) {
                if (!"null".equals(alt.path("type").asText())) {
                    return alt;
                }
            }
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return s.get("allOf").get(0);
        }
        return s;
    }

    private static String typeOf(JsonNode s) {
        if (s.path("type").isArray()) {
            for (JsonNode t : s.get("type")) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return s.path("type").asText(null);
    }

    // ------------------------------------------------------------------ helpers

    static Set<Route> documentedRoutes() {
        Set<Route> routes = new LinkedHashSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                routes.add(new Route(m.toUpperCase(), p.getKey()));
            }
        }));
        return routes;
    }

    static JsonNode operation(Route route) {
        return doc.path("paths").path(route.path()).path(route.method().toLowerCase());
    }

    /** The rows of API.md's tables: {@code | GET | `/api/v1/...?query` | ...}, and "(also `/api/v1/health`)". */
    static Set<Route> apiMdRoutes() throws IOException {
        Pattern row = Pattern.compile("^\\|\\s*(GET|POST|PUT|PATCH|DELETE)\\s*\\|\\s*`([^`?]+)[^`]*`(.*)$");
        Pattern also = Pattern.compile("\\(also `([^`]+)`\\)");
        Set<Route> routes = new LinkedHashSet<>();
        for (String line : Files.readAllLines(Path.of("API.md"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                routes.add(new Route(m.group(1), m.group(2)));
                Matcher a = also.matcher(m.group(3));
                while (a.find()) {
                    routes.add(new Route(m.group(1), a.group(1)));
                }
            }
        }
        assertThat(routes).as("rows read from API.md").hasSizeGreaterThan(10);
        return routes;
    }

    /** Every record of org.courtdesk.model.api and every enum its records use, read from shared-model's classes. */
    static Set<String> apiTypes() throws IOException, URISyntaxException {
        Path location = Path.of(ErrorCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> records;
        if (Files.isDirectory(location)) {
            records = classesIn(location.resolve("org/courtdesk/model/api"));
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                records = classesIn(jar.getPath("org/courtdesk/model/api"));
            }
        }
        Set<String> types = new TreeSet<>();
        for (String name : records) {
            Class<?> c = load(name);
            if (c.isInterface()) {
                types.add(name);
            }
            if (c.isRecord()) {
                types.add(name);
                for (RecordComponent rc : c.getRecordComponents()) {
                    Type t = rc.getGenericType();
                    Class<?> raw = t instanceof ParameterizedType p
                            ? (Class<?>) p.getActualTypeArguments()[0] : rc.getType();
                    if (raw.isEnum()) {
                        types.add(raw.getName());
                    }
                }
            }
        }
        types.add(ErrorCode.class.getName());
        return types;
    }

    private static Set<String> classesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> "org.courtdesk.model.api." + n.substring(0, n.length() - ".class".length()))
                    .collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? doc.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> names(Set<Route> routes) {
        return routes.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    private static List<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
        }
        node.forEach(child -> walk(child, visit));
    }
}
