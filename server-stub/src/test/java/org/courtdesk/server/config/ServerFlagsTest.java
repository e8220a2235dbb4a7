package org.courtdesk.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.courtdesk.server.ServerConfig;
import org.courtdesk.server.ServerFlags;
import org.courtdesk.server.ServerMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server's command line: every flag's default, environment and flag precedence, and every refusal. */
class ServerFlagsTest {

    private static ServerConfig parse(String... args) {
        return ServerFlags.parse(args, Map.of());
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        ServerConfig c = parse();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.dataDir()).isEqualTo(Path.of("courtdesk-data"));
        assertThat(c.jdbcUrl()).isNull();
        assertThat(c.demo()).isFalse();
        assertThat(c.tokenTtl()).isEqualTo(Duration.ofHours(12));
        assertThat(c.maxMaterialBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(c.clockOffset()).isZero();
        assertThat(c.trustedProxies()).isEmpty();
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsDefaults() {
        Map<String, String> env = Map.of("COURTDESK_PORT", "8081", "COURTDESK_TOKEN_HOURS", "24",
                "COURTDESK_DEMO_DATA", "/somewhere"); // another tool's variable: not the server's business
        ServerConfig fromEnv = ServerFlags.parse(new String[0], env);
        assertThat(fromEnv.port()).isEqualTo(8081);
        assertThat(fromEnv.tokenTtl()).isEqualTo(Duration.ofHours(24));
        ServerConfig fromFlag = ServerFlags.parse(new String[] {"--port=9090", "--demo"}, env);
        assertThat(fromFlag.port()).isEqualTo(9090);
        assertThat(fromFlag.demo()).isTrue();
    }

    @Test
    void theClockCanBeShiftedForDemosAndTests() {
        ServerConfig c = parse("--clock-offset=P3D");
        assertThat(c.clockOffset()).isEqualTo(Duration.ofDays(3));
        Duration ahead = Duration.between(Instant.now(), c.clock().instant());
        assertThat(ahead).isBetween(Duration.ofDays(3).minusMinutes(1), Duration.ofDays(3).plusMinutes(1));
        assertThat(parse("--clock-offset=-PT2H").clock().instant()).isBefore(Instant.now().minusSeconds(7000));
    }

    @Test
    void trustedProxiesAreLiteralAddresses() {
        assertThat(parse("--trusted-proxy=10.0.0.5, ::1").trustedProxies())
                .containsExactly("10.0.0.5", "0:0:0:0:0:0:0:1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--prot=9999               | unknown flag --prot",
        "port=9999                 | unknown argument 'port=9999'",
        "--port=9999 --port=9998   | given twice",
        "--port=http               | --port=http is not valid",
        "--port=70000              | --port=70000 is not valid",
        "--token-hours=-1          | --token-hours=-1 is not valid: expected a whole number from 1 to 168",
        "--token-hours=0           | --token-hours=0 is not valid",
        "--token-hours=169         | --token-hours=169 is not valid",
        "--max-material-mb=0       | --max-material-mb=0 is not valid",
        "--max-material-mb=51      | --max-material-mb=51 is not valid",
        "--demo=maybe              | --demo=maybe is not valid: expected true or false",
        "--zone=Mars/Olympus       | --zone=Mars/Olympus is not valid: expected a time zone",
        "--clock-offset=3days      | --clock-offset=3days is not valid: expected an ISO-8601 duration",
        "--identity-provider-key=short | at least 16 characters",
        "--jdbc-url=postgres://x   | --jdbc-url must start with jdbc:",
        "--trusted-proxy=proxy.example | --trusted-proxy=proxy.example is not valid",
        "--data-dir=               | --data-dir= is not valid",
    })
    void aFlagTheServerCannotUseIsRefusedByName(String args, String message) {
        assertThatThrownBy(() -> parse(args.trim().split(" ")))
                .isInstanceOf(ServerFlags.InvalidFlagException.class)
                .hasMessageContaining(message.trim());
    }

    @Test
    void anInvalidEnvironmentVariableIsRefusedByItsName() {
        assertThatThrownBy(() -> ServerFlags.parse(new String[0], Map.of("COURTDESK_TOKEN_HOURS", "-1")))
                .hasMessageContaining("COURTDESK_TOKEN_HOURS=-1 is not valid");
    }

    @Test
    void theRealProcessPrintsOneLineAndExitsWithTwo() throws Exception {
        Process p = java("--prot=9999");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines().toList())
                .containsExactly("courtdesk-server: unknown flag --prot (see --help for the flags)");

        Process help = java("--help");
        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.exitValue()).isZero();
        assertThat(out).contains("--clock-offset", "--trusted-proxy", "COURTDESK_PORT");
    }

    private static Process java(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerMain.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(new File(System.getProperty("java.io.tmpdir"))).start();
    }
}
