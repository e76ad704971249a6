package org.frontwatch.archive.preserve.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
    private final AddressPolicy policy = AddressPolicy.publicOnly();

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback",
        "127.45.6.7, loopback",
        "10.1.2.3, private",
        "172.16.0.1, private",
        "172.31.255.254, private",
        "192.168.1.1, private",
        "100.64.0.1, carrier-grade NAT",
        "100.127.255.254, carrier-grade NAT",
        "169.254.169.254, link-local",
        "224.0.0.251, multicast",
        "0.0.0.0, unspecified",
        "255.255.255.255, broadcast",
        "::1, loopback",
        "::, unspecified",
        "fc00::1, unique local",
        "fd12:3456::1, unique local",
        "fe80::1, link-local",
        "ff02::1, multicast",
        "64:ff9b::7f00:1, loopback",
        "::127.0.0.1, loopback",
        "2002:c0a8:0101::1, private",
    })
    void refusesSpecialPurposeAddresses(String address, String reason) throws UnknownHostException {
        assertThat(policy.refusal("example.org", InetAddress.getByName(address)))
                .hasValueSatisfying(text -> assertThat(text).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "93.184.216.34", "2a00:1450:4001:80b::200e"})
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertThat(policy.refusal("example.org", InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "::1"})
    void anyAddressAllowsEverything(String address) throws UnknownHostException {
        assertThat(AddressPolicy.anyAddress().refusal("localhost", InetAddress.getByName(address))).isEmpty();
    }
}
