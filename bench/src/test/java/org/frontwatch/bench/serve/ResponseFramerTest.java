package org.frontwatch.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseFramerTest {
    private static final String CHUNKED = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\na;ext=1\r\n1234567890\r\n0\r\n\r\n";

    @Test
    void findsEndOfChunkedAnswerFedByteByByte() {
        ResponseFramer framer = new ResponseFramer();
        byte[] bytes = CHUNKED.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            boolean done = framer.feed(ByteBuffer.wrap(bytes, i, 1));
            assertThat(done).as("done after byte %d of %d", i + 1, bytes.length).isEqualTo(i == bytes.length - 1);
        }
        assertThat(framer.status()).isEqualTo(200);
        assertThat(framer.bodyBytes()).isEqualTo(15);
        assertThat(framer.closes()).isFalse();
    }

    @Test
    void findsEndOfAnswerWithContentLengthAndLeavesWhatFollows() {
        ResponseFramer framer = new ResponseFramer();
        ByteBuffer bytes = ByteBuffer.wrap(("HTTP/1.1 404 Not Found\r\ncontent-length: 4\r\nConnection: close\r\n\r\n"
                + "nopeHTTP").getBytes(StandardCharsets.US_ASCII));
        assertThat(framer.feed(bytes)).isTrue();
        assertThat(framer.status()).isEqualTo(404);
        assertThat(framer.closes()).isTrue();
        assertThat(bytes.remaining()).isEqualTo(4);
    }

    @Test
    void readsNextAnswerAfterReset() {
        ResponseFramer framer = new ResponseFramer();
        assertThat(framer.feed(ByteBuffer.wrap(CHUNKED.getBytes(StandardCharsets.US_ASCII)))).isTrue();
        framer.reset();
        assertThat(framer.feed(ByteBuffer.wrap("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)))).isTrue();
        assertThat(framer.bodyBytes()).isZero();
    }

    @Test
    void refusesAnswerFramedOnlyByClosing() {
        ResponseFramer framer = new ResponseFramer();
        assertThatThrownBy(() -> framer.feed(ByteBuffer.wrap("HTTP/1.1 200 OK\r\n\r\nbody"
                .getBytes(StandardCharsets.US_ASCII)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither Content-Length nor chunked");
    }
}
