package org.pairdoctor.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeysTest {
    final ClientKeys keys = new ClientKeys("a secret of thirty-two bytes....".getBytes());

    @Test
    void oneAddressIsOneKeyAndTheKeyIsNotTheAddress() {
        assertThat(keys.of("203.0.113.7")).isEqualTo(keys.of("203.0.113.7"))
                .isNotEqualTo(keys.of("203.0.113.8")).doesNotContain("203").hasSize(22);
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertThat(keys.of("2001:db8:1:2:aaaa::1")).isEqualTo(keys.of("2001:db8:1:2:ffff:1:2:3"))
                .isEqualTo(keys.of("[2001:db8:1:2::9]")).isNotEqualTo(keys.of("2001:db8:1:3::1"));
    }

    @Test
    void anotherSecretGivesOtherKeys() {
        assertThat(ClientKeys.random().of("203.0.113.7")).isNotEqualTo(keys.of("203.0.113.7"));
    }
}
