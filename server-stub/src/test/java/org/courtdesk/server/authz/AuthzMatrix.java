package org.courtdesk.server.authz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.courtdesk.model.api.ErrorCode;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The authorization matrix ({@value #RESOURCE}): one row per operation × caller × resource with the expected answer,
 * and the completeness rule that ties it to the served OpenAPI document.
 */
final class AuthzMatrix {

    static final String RESOURCE = "authz-matrix.tsv";
    private static final List<String> COLUMNS = List.of("method", "path", "caller", "resource", "status", "code", "sees");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** Who calls. Each is built by {@link AuthzWorld}; the table names them by {@link #label}. */
    enum Caller {
        ANONYMOUS("anonymous"),
        EXPIRED_TOKEN("expired-token"),
        JUDGE_J("judge-J"),
        JUDGE_K("judge-K"),
        CLERK_J("clerk-J"),
        CLERK_K("clerk-K"),
        CLERK_IDLE("clerk-idle"),
        CENTRE_REVIEWER("centre-reviewer"),
        LAWYER_L("lawyer-L"),
        PARTY_P("party-P"),
        PARTY_UNVERIFIED("party-unverified");

        final String label;

        Caller(String label) {
            this.label = label;
        }

        static Caller of(String label) {
            for (Caller c : values()) {
                if (c.label.equals(label)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown caller '" + label + "' (known: " + labels(values()) + ")");
        }
    }

    /** What the call is about: request A or B (its id, a material's hash, or its case), one nobody has, or nothing. */
    enum Resource {
        A("A"), B("B"), MISSING("missing"), NONE("-");

        static final Set<Resource> ALL_THREE = EnumSet.of(A, B, MISSING);
        final String label;

        Resource(String label) {
            this.label = label;
        }

        static Resource of(String label) {
            for (Resource r : values()) {
                if (r.label.equals(label)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown resource '" + label + "' (known: A, B, missing, -)");
        }
    }

    /** An HTTP operation as the OpenAPI document names it: {@code GET /api/v1/reading-requests/{id}}. */
    record Operation(String method, String path) implements Comparable<Operation> {
        boolean templated() {
            return path.contains("{");
        }

        @Override
        public int compareTo(Operation o) {
            int c = path.compareTo(o.path);
            return c != 0 ? c : method.compareTo(o.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * One cell. {@code code} is the problem's code (null for a success); {@code sees} what a 200 shows: the fixture
     * requests a listing carries ({@code A}, {@code B}, {@code A+B}, {@code none}), {@code self} for the caller's own
     * account, or null when not checked.
     */
    record Row(int line, Operation operation, Caller caller, Resource resource, int status, String code, String sees) {
        Row withResource(Resource other) {
            return new Row(line, operation, caller, other, status, code, sees);
        }

        @Override
        public String toString() {
            return operation + " · " + caller.label + " · " + resource.label + " → " + status
                    + (code == null ? "" : " " + code) + (sees == null ? "" : " (sees " + sees + ")");
        }
    }

    private AuthzMatrix() {}

    /** The rows of the table on the test classpath. */
    static List<Row> load() {
        try (InputStream in = AuthzMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " next to " + AuthzMatrix.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated; '#' lines and blank lines are comments; the first other line names the columns. */
    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t")).map(String::trim).filter(c -> !c.isEmpty()).toList();
            if (header) {
                if (!cells.equals(COLUMNS)) {
                    throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": columns must be " + COLUMNS);
                }
                header = false;
                continue;
            }
            try {
                rows.add(row(i + 1, cells));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return rows;
    }

    private static Row row(int line, List<String> cells) {
        if (cells.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " tab-separated cells, got " + cells.size());
        }
        Operation op = new Operation(cells.get(0), cells.get(1));
        if (!op.method().equals(op.method().toUpperCase()) || !METHODS.contains(op.method().toLowerCase())) {
            throw new IllegalArgumentException("method must be an upper-case HTTP method");
        }
        int status = Integer.parseInt(cells.get(4));
        String code = dash(cells.get(5));
        if (status >= 400) {
            if (code == null) {
                throw new IllegalArgumentException("a refusal names its problem code");
            }
            ErrorCode errorCode = ErrorCode.valueOf(code);
            if (errorCode.httpStatus() != status) {
                throw new IllegalArgumentException(code + " is answered with " + errorCode.httpStatus() + ", not " + status);
            }
        } else if (code != null) {
            throw new IllegalArgumentException("a success has no problem code");
        }
        String sees = dash(cells.get(6));
        if (sees != null && (status != 200 || !sees.matches("[A-Z]{0,2}[AB](\\+[A-Z]{0,2}[AB])*|none|self"))) {
            throw new IllegalArgumentException("sees is A, B, A+B (FA, FB: filings; BDA, BDB: bindings; DA, DB: adjournments; SA, SB: appeals; PA, PB: preservations; IA, IB: 调查令; MA, MB: 材料转接; TA, TB: 庭审笔录补正; WA, WB: 服务内容; EA, EB: 证据交换; each kind's letters before A or B), none or self, and only for a 200");
        }
        return new Row(line, op, Caller.of(cells.get(2)), Resource.of(cells.get(3)), status, code, sees);
    }

    private static String dash(String cell) {
        return cell.equals("-") ? null : cell;
    }

    // ------------------------------------------------------------------ completeness

    /** Every operation of an OpenAPI document (its {@code paths}). */
    static Set<Operation> operations(JsonNode openApi) {
        Set<Operation> ops = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                ops.add(new Operation(m.toUpperCase(), p.getKey()));
            }
        }));
        return ops;
    }

    /**
     * What keeps the table complete; empty when it is. Every documented operation has rows for every caller; each
     * caller of an operation the same resources: {@code -} alone, or A, B and missing (always for a path with an id,
     * since "another's" must be shown to answer like "missing"); no row twice; no row for an operation the document
     * no longer has.
     */
    static List<String> problems(JsonNode openApi, List<Row> rows) {
        Set<Operation> documented = operations(openApi);
        List<String> problems = new ArrayList<>();
        Map<Operation, Map<Caller, Set<Resource>>> cells = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Row r : rows) {
            if (!documented.contains(r.operation())) {
                problems.add("line " + r.line() + ": " + r.operation() + " is not in the served OpenAPI document "
                        + "(removed or renamed?): delete or rename its rows");
                continue;
            }
            if (!seen.add(r.operation() + " " + r.caller() + " " + r.resource())) {
                problems.add("line " + r.line() + ": " + r.operation() + " · " + r.caller().label + " · "
                        + r.resource().label + " appears twice");
            }
            cells.computeIfAbsent(r.operation(), o -> new HashMap<>())
                    .computeIfAbsent(r.caller(), c -> EnumSet.noneOf(Resource.class)).add(r.resource());
        }
        for (Operation op : documented) {
            Map<Caller, Set<Resource>> byCaller = cells.getOrDefault(op, Map.of());
            if (byCaller.isEmpty()) {
                problems.add(op + " has no rows in " + RESOURCE + ": add one per caller (" + labels(Caller.values())
                        + ")" + (op.templated() ? " × resource (A, B, missing)" : "") + " with the expected answer");
                continue;
            }
            Set<Caller> without = EnumSet.allOf(Caller.class);
            without.removeAll(byCaller.keySet());
            if (!without.isEmpty()) {
                problems.add(op + " has no rows for " + labels(without.toArray(Caller[]::new)));
            }
            Set<Set<Resource>> shapes = new LinkedHashSet<>(byCaller.values());
            for (Map.Entry<Caller, Set<Resource>> e : byCaller.entrySet()) {
                Set<Resource> rs = e.getValue();
                boolean whole = rs.equals(Resource.ALL_THREE) || (!op.templated() && rs.equals(EnumSet.of(Resource.NONE)));
                if (!whole) {
                    problems.add(op + " · " + e.getKey().label + " has resources " + labels(rs) + ": "
                            + (op.templated() ? "a path with an id needs A, B and missing" : "either - or A, B and missing"));
                }
            }
            if (shapes.size() > 1) {
                problems.add(op + ": callers have different resources " + shapes.stream().map(AuthzMatrix::labels)
                        .collect(Collectors.joining(" / ")));
            }
        }
        return problems;
    }

    private static String labels(Caller[] callers) {
        return Arrays.stream(callers).map(c -> c.label).collect(Collectors.joining(", "));
    }

    private static String labels(Set<Resource> resources) {
        return resources.stream().map(r -> r.label).collect(Collectors.joining(", ", "[", "]"));
    }
}
