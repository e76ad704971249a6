package org.frontwatch.archive.preserve.capture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The special-purpose address ranges a public-only capture refuses, loaded once from
 * {@code refused-address-ranges.txt}. IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4) are
 * judged as the IPv4 address they carry.
 */
final class RefusedAddressRanges implements AddressPolicy {
    private static final String RESOURCE = "refused-address-ranges.txt";
    private static final RefusedAddressRanges STANDARD = load();

    private record Range(byte[] prefix, int bits, String reason) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private final List<Range> ranges;

    private RefusedAddressRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    static RefusedAddressRanges standard() {
        return STANDARD;
    }

    @Override
    public Optional<String> refusal(String host, InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<String> direct = match(bytes);
        if (direct.isPresent()) {
            return direct;
        }
        if (address instanceof Inet6Address) {
            return embeddedIpv4(bytes).flatMap(v4 -> match(v4).map(reason -> reason + " (embedded in IPv6)"));
        }
        return Optional.empty();
    }

    private Optional<String> match(byte[] address) {
        return ranges.stream().filter(r -> r.contains(address)).map(Range::reason).findFirst();
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d or 2002:aabb:ccdd::/48, if any. */
    private static Optional<byte[]> embeddedIpv4(byte[] v6) {
        boolean zeros80 = allZero(v6, 0, 10);
        if (zeros80 && (v6[10] & 0xFF) == 0xFF && (v6[11] & 0xFF) == 0xFF) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));
        }
        if (zeros80 && v6[10] == 0 && v6[11] == 0) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));
        }
        if (v6[0] == 0 && v6[1] == 0x64 && (v6[2] & 0xFF) == 0xFF && (v6[3] & 0xFF) == 0x9B && allZero(v6, 4, 12)) {
            return Optional.of(Arrays.copyOfRange(v6, 12, 16));
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return Optional.of(Arrays.copyOfRange(v6, 2, 6));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static RefusedAddressRanges load() {
        List<Range> ranges = new ArrayList<>();
        try (InputStream in = RefusedAddressRanges.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+", 2);
                if (parts.length != 2 || !parts[0].contains("/")) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'CIDR reason': " + line);
                }
                ranges.add(range(parts[0], parts[1], number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new RefusedAddressRanges(ranges);
    }

    private static Range range(String cidr, String reason, int line) {
        int slash = cidr.indexOf('/');
        try {
            InetAddress base = InetAddress.getByName(cidr.substring(0, slash));
            byte[] prefix = base.getAddress();
            if (cidr.substring(0, slash).contains(":") && base instanceof Inet4Address) {
                throw new IllegalStateException(RESOURCE + " line " + line + ": IPv6 range read as IPv4: " + cidr);
            }
            int bits = Integer.parseInt(cidr.substring(slash + 1));
            if (bits < 0 || bits > prefix.length * 8) {
                throw new IllegalStateException(RESOURCE + " line " + line + ": bad prefix length: " + cidr);
            }
            return new Range(prefix, bits, reason);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": bad range " + cidr, e);
        }
    }
}
