package org.courtdesk.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.courtdesk.model.api.LoginRequest;
import org.courtdesk.server.http.Json;

/**
 * Logs in from a chosen local address (127.0.0.2, 127.0.0.3 ... all reach the loopback server), so a test can be
 * several clients on several addresses. java.net.http cannot bind a source address on Java 17, hence a plain
 * socket and HTTP/1.1 by hand.
 */
public final class LoginFrom {

    private final String baseUrl;
    private final InetAddress source;

    public LoginFrom(String baseUrl, String sourceAddress) {
        this.baseUrl = baseUrl;
        try {
            this.source = InetAddress.getByName(sourceAddress);
        } catch (IOException e) {
            throw new IllegalArgumentException(sourceAddress, e);
        }
    }

    /** POST /api/v1/auth/login with extra headers as name, value pairs. */
    public HttpTestClient.Response login(String username, String password, String... headers) {
        URI uri = URI.create(baseUrl);
        byte[] body = Json.write(new LoginRequest(username, password)).getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST /api/v1/auth/login HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("login from " + source + " failed", e);
        }
    }

    /** Status line, headers, then the body (Content-Length or chunked). */
    private static HttpTestClient.Response parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.contains("chunked"));
        byte[] body = chunked ? dechunk(new java.io.ByteArrayInputStream(rest)) : rest;
        String contentType = headers.getOrDefault("content-type", List.of()).stream().findFirst().orElse(null);
        return new HttpTestClient.Response(status, contentType, body, headers);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (n == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            in.read(); // \r
            in.read(); // \n
        }
    }
}
