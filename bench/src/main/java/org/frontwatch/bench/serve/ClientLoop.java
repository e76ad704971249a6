package org.frontwatch.bench.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Some of the benchmark's clients on one thread: each client is a keep-alive HTTP/1.1 connection that sends a
 * request of the {@link RequestMix}, reads the whole answer and sends the next, all on one {@link Selector}. It is
 * written for the benchmark's few needs (GET, a token header, Content-Length or chunked answers, see
 * {@link ResponseFramer}) because the client shares the cores with the server it measures: {@code java.net.http}
 * took about 0.8 ms of CPU per request, 40 % of what the server took to answer it.
 *
 * <p>An error is a status other than 200, a failed or closed connection, or no answer within {@link #TIMEOUT_NANOS};
 * the client then connects again and goes on.
 */
final class ClientLoop implements Runnable {
    static final long TIMEOUT_NANOS = 30_000_000_000L;
    private static final int READ_BUFFER = 256 * 1024;
    private final InetSocketAddress address;
    private final byte[] requestHead;
    private final byte[] requestTail;
    private final RequestMix mix;
    private final SplittableRandom random;
    private final int connections;
    private final long deadline;
    private final LoadResult result;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(READ_BUFFER);

    /**
     * @param hostHeader  the Host header's value
     * @param token       an API token, or {@code -} for none
     * @param deadline    {@link System#nanoTime} after which no client sends another request
     */
    ClientLoop(InetSocketAddress address, String hostHeader, String token, RequestMix mix, SplittableRandom random,
               int connections, long deadline, LoadResult result) {
        this.address = address;
        this.requestHead = "GET ".getBytes(StandardCharsets.US_ASCII);
        this.requestTail = (" HTTP/1.1\r\nHost: " + hostHeader + "\r\n"
                + (token.equals("-") ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        this.mix = mix;
        this.random = random;
        this.connections = connections;
        this.deadline = deadline;
        this.result = result;
    }

    /** One client: its connection, the request in flight and what has been read of its answer. */
    private final class Client {
        private SocketChannel channel;
        private SelectionKey key;
        private final ResponseFramer framer = new ResponseFramer();
        private ByteBuffer pending;
        private RequestMix.Request request;
        private long started;
        private boolean busy;

        void connect(Selector selector) throws IOException {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            boolean connected = channel.connect(address);
            key = channel.register(selector, connected ? 0 : SelectionKey.OP_CONNECT, this);
            if (connected) {
                sendNext();
            }
        }

        /** Sends the next request of the mix, unless the run is over. */
        void sendNext() throws IOException {
            if (System.nanoTime() - deadline >= 0) {
                busy = false;
                key.interestOps(0);
                return;
            }
            request = mix.next(random);
            result.distinct().get(request.kind()).add(request.path());
            byte[] path = request.path().getBytes(StandardCharsets.US_ASCII);
            pending = ByteBuffer.allocate(requestHead.length + path.length + requestTail.length)
                    .put(requestHead).put(path).put(requestTail).flip();
            framer.reset();
            busy = true;
            started = System.nanoTime();
            write();
        }

        void write() throws IOException {
            channel.write(pending);
            key.interestOps(pending.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Reads what has arrived; on a complete answer records it and sends the next request. */
        void read(Selector selector) throws IOException {
            while (true) {
                readBuffer.clear();
                int read = channel.read(readBuffer);
                if (read < 0) {
                    fail(selector);
                    return;
                }
                if (read == 0) {
                    return;
                }
                readBuffer.flip();
                if (framer.feed(readBuffer)) {
                    result.record(request.kind(), System.nanoTime() - started, framer.status() != 200);
                    if (framer.closes()) {
                        reconnect(selector);
                    } else {
                        sendNext();
                    }
                    return;
                }
            }
        }

        /** Counts the request in flight as an error and connects again. */
        void fail(Selector selector) throws IOException {
            if (busy) {
                result.record(request.kind(), System.nanoTime() - started, true);
            }
            reconnect(selector);
        }

        void reconnect(Selector selector) throws IOException {
            busy = false;
            key.cancel();
            channel.close();
            if (System.nanoTime() - deadline < 0) {
                connect(selector);
            }
        }
    }

    @Override
    public void run() {
        try (Selector selector = Selector.open()) {
            List<Client> clients = new ArrayList<>(connections);
            for (int c = 0; c < connections; c++) {
                Client client = new Client();
                clients.add(client);
                client.connect(selector);
            }
            long lastTimeoutCheck = System.nanoTime();
            while (System.nanoTime() - deadline < 0 || clients.stream().anyMatch(client -> client.busy)) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    Client client = (Client) key.attachment();
                    try {
                        if (!key.isValid()) {
                            continue;
                        }
                        if (key.isConnectable()) {
                            client.channel.finishConnect();
                            client.sendNext();
                        } else if (key.isWritable()) {
                            client.write();
                        } else if (key.isReadable()) {
                            client.read(selector);
                        }
                    } catch (IOException | IllegalStateException e) {
                        client.fail(selector);
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - lastTimeoutCheck > 1_000_000_000L) {
                    lastTimeoutCheck = now;
                    for (Client client : clients) {
                        if (client.busy && now - client.started > TIMEOUT_NANOS) {
                            client.fail(selector);
                        }
                    }
                }
            }
            for (Client client : clients) {
                client.channel.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("the load client failed: " + e.getMessage(), e);
        }
    }
}
