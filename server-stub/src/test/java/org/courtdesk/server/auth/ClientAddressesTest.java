package org.courtdesk.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses direct = new ClientAddresses(Set.of());
    private final ClientAddresses behindProxies = new ClientAddresses(Set.of("10.0.0.1", "10.0.0.2", "::1"));

    @Test
    void withoutATrustedProxyTheSocketsPeerIsTheClientWhateverItClaims() {
        assertThat(direct.resolve("203.0.113.7", List.of())).isEqualTo("203.0.113.7");
        assertThat(direct.resolve("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        // A peer that is not a trusted proxy cannot choose its address, even when it claims to be one.
        assertThat(behindProxies.resolve("203.0.113.7", List.of("10.0.0.1, 198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of("198.51.100.9"))).isEqualTo("198.51.100.9");
        // The client may put anything on the left; only what our proxies appended counts.
        assertThat(behindProxies.resolve("10.0.0.1", List.of("1.1.1.1, 198.51.100.9, 10.0.0.2"))).isEqualTo("198.51.100.9");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("1.1.1.1", "198.51.100.9"))).isEqualTo("198.51.100.9");
    }

    @Test
    void aTrustedProxyWithoutAUsableHeaderIsItselfTheAddress() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("10.0.0.2"))).isEqualTo("10.0.0.2");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("unknown"))).isEqualTo("10.0.0.1");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("evil.example.com"))).isEqualTo("10.0.0.1");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("198.51.100.9, junk"))).isEqualTo("10.0.0.1");
    }

    @Test
    void addressesAreComparedInCanonicalForm() {
        assertThat(behindProxies.resolve("[0:0:0:0:0:0:0:1]", List.of("[2001:db8::5]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(behindProxies.resolve("0:0:0:0:0:0:0:1", List.of("198.51.100.9:8080"))).isEqualTo("198.51.100.9");
        assertThat(ClientAddresses.canonical("::ffff:192.0.2.1")).hasValue("192.0.2.1");
        assertThat(ClientAddresses.canonical("fe80::1%eth0")).hasValue("fe80:0:0:0:0:0:0:1");
        assertThat(ClientAddresses.canonical("256.1.1.1")).isEmpty();
        assertThat(ClientAddresses.canonical("localhost")).isEmpty();
        assertThat(ClientAddresses.canonical("")).isEmpty();
        assertThat(ClientAddresses.canonical(null)).isEmpty();
    }

    @Test
    void aTrustedProxyMustBeAnIpAddress() {
        assertThatThrownBy(() -> new ClientAddresses(Set.of("proxy.court.example"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.court.example");
    }
}
