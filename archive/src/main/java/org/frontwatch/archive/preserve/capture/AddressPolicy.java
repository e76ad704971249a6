package org.frontwatch.archive.preserve.capture;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides whether a live capture may connect to an address, judged after DNS resolution and again on every
 * redirect. The capturer connects only to an address this policy allowed, so a name cannot re-resolve to
 * somewhere else between check and connection.
 */
@FunctionalInterface
public interface AddressPolicy {
    /** Why connecting to {@code address} (resolved from {@code host}) is refused; empty when it is allowed. */
    Optional<String> refusal(String host, InetAddress address);

    /**
     * Refuses loopback, private, link-local, multicast, unspecified, carrier-grade NAT and other special-purpose
     * addresses (the list in {@code refused-address-ranges.txt}).
     */
    static AddressPolicy publicOnly() {
        return RefusedAddressRanges.standard();
    }

    /** Allows every address: for {@code --allow-private}. */
    static AddressPolicy anyAddress() {
        return (host, address) -> Optional.empty();
    }
}
