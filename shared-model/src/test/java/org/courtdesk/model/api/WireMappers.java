package org.courtdesk.model.api;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.courtdesk.model.request.KindRegistry;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The two mappers the wire records meet, configured as the two sides configure theirs, for the round-trip tests of
 * every kind's records: the server's (server-stub {@code http.Json}: no coercion, not lenient; the few wrappers it adds
 * for what configuration cannot say are tested there, in {@code JsonStrictnessTest}) and the workstation's (app
 * {@code api.Json}: lenient).
 */
public final class WireMappers {

    private WireMappers() {}

    /** As both sides register them: each built kind's view under its kind's name. */
    public static NamedType[] registryViews() {
        return KindRegistry.viewTypes().entrySet().stream().map(e -> new NamedType(e.getValue(), e.getKey()))
                .toArray(NamedType[]::new);
    }

    public static ObjectMapper server(NamedType... views) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultLeniency(false)
                .withCoercionConfigDefaults(c -> {
                    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                            CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                            CoercionInputShape.EmptyString, CoercionInputShape.EmptyArray, CoercionInputShape.EmptyObject}) {
                        c.setCoercion(shape, CoercionAction.Fail);
                    }
                    c.setAcceptBlankAsEmpty(false);
                })
                .registerSubtypes(views)
                .build();
    }

    public static ObjectMapper app(NamedType... views) {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerSubtypes(views);
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** The simple names of the records among the top-level classes in {@code anchor}'s package. */
    public static Set<String> recordsBeside(Class<?> anchor) throws IOException, URISyntaxException {
        Path dir = Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> load(anchor.getPackageName() + "." + n).isRecord()).collect(Collectors.toSet());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
