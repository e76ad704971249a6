package org.frontwatch.archive.preserve.capture;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name (or an address literal) into the addresses to check and connect to. */
@FunctionalInterface
public interface AddressResolver {
    /** The addresses of {@code host}, never empty; IPv6 literals come without brackets. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The platform's resolver (DNS and the hosts file). */
    static AddressResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
