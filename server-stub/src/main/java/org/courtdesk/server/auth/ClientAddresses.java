package org.courtdesk.server.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * The address a request came from, for the login throttle: the socket's peer, unless that peer is one of the
 * configured trusted proxies, in which case {@code X-Forwarded-For} is read from the right and the first hop that
 * is not a trusted proxy is the client. Anyone else's {@code X-Forwarded-For} is ignored: a client cannot choose
 * the address it is counted under.
 *
 * <p>Addresses are IP literals (IPv4 or IPv6), compared in canonical form ({@code ::1} equals
 * {@code 0:0:0:0:0:0:0:1}); host names are never looked up.
 */
public final class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)\\](:\\d{1,5})?");

    private final Set<String> trustedProxies;

    /** @param trustedProxies IP literals of the reverse proxies in front of this server; empty = none */
    public ClientAddresses(Set<String> trustedProxies) {
        Set<String> canonical = new HashSet<>();
        for (String p : trustedProxies) {
            canonical.add(canonical(p).orElseThrow(
                    () -> new IllegalArgumentException("trusted proxy is not an IP address: " + p)));
        }
        this.trustedProxies = Collections.unmodifiableSet(canonical);
    }

    public String of(Context ctx) {
        return resolve(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders(FORWARDED_FOR)));
    }

    /** {@link #of} without the request: the direct peer and every X-Forwarded-For header, in order. */
    String resolve(String peer, List<String> forwardedForHeaders) {
        String client = canonical(peer).orElse(peer == null ? "unknown" : peer);
        if (!trustedProxies.contains(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = canonical(hops.get(i));
            if (hop.isEmpty()) {
                return client; // garbage (or "unknown"): the last hop we could trust is the answer
            }
            client = hop.get();
            if (!trustedProxies.contains(client)) {
                return client;
            }
        }
        return client; // every hop was a trusted proxy
    }

    /** The canonical text of an IP literal (brackets, port and IPv6 zone dropped), or empty when it is none. */
    static Optional<String> canonical(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim();
        var bracketed = BRACKETED.matcher(s);
        if (bracketed.matches()) {
            s = bracketed.group(1);
        } else {
            var withPort = IPV4_WITH_PORT.matcher(s);
            if (withPort.matches()) {
                s = withPort.group(1);
            }
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        // Only literals reach InetAddress: an IPv4 checked octet by octet, or text with ':' (always parsed as
        // IPv6, never resolved), so no DNS look-up can happen here.
        boolean literal = IPV4.matcher(s).matches() || (s.indexOf(':') >= 0 && IPV6.matcher(s).matches());
        if (!literal) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
