package org.policylod.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Holds a response in memory until it is complete or larger than {@link #LIMIT}, so that an error
 * met while the answer is being written (a query timeout above all) still gets its error status,
 * and a complete answer goes out with a Content-Length. Fuseki itself commits the 200 as soon as
 * its buffer fills and, when the query times out while results are being written, appends
 * "## Query cancelled ... Incomplete results ##" to the half-written body; held answers become a
 * clean 503 "Query timed out" instead. Past the limit the answer streams; an error after that point
 * can no longer change the status, so the body is dropped and {@link #finish()} fails, which makes
 * Jetty abort the connection instead of ending it cleanly: a client sees a broken transfer, never a
 * cut-off result that looks whole. Jetty's own output buffer stays small (see {@link OutputBuffer}).
 */
final class Spill extends HttpServletResponseWrapper {
    /** Largest answer held back; bigger ones stream. */
    static final int LIMIT = 8 << 20;
    /** The last line Fuseki 5.6.0 (Responses.output) writes into results cut off by a timeout. */
    static final String CANCELLED = "##  ****          Incomplete results           ****   ##";
    /** The body of a timed-out query, as Fuseki words it when nothing had been written yet. */
    private static final byte[] TIMED_OUT = "Query timed out\n".getBytes(StandardCharsets.UTF_8);

    private final Held held = new Held();
    private final Consumer<HttpServletResponse> beforeSend;
    private final Out out = new Out();
    private PrintWriter writer;
    private boolean streaming;
    private boolean failed;
    private boolean errorSent;
    private int status = SC_OK;

    /** {@code beforeSend} sets headers that depend on the final status (caching validators). */
    Spill(HttpServletResponse response, Consumer<HttpServletResponse> beforeSend) {
        super(response);
        this.beforeSend = beforeSend;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return out;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        if (streaming || errorSent) {
            failed |= streaming && sc >= 400;
            return;
        }
        if (sc >= 400) {
            held.reset();
        }
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (streaming) {
            failed = true;
            return;
        }
        held.reset();
        errorSent = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setContentLength(int len) {
        // Set from the held bytes in finish(); a length set earlier would be wrong after a reset.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As setContentLength.
    }

    @Override
    public boolean isCommitted() {
        return streaming || errorSent || super.isCommitted();
    }

    @Override
    public void flushBuffer() {
        // Held answers leave in finish(); flushing earlier would commit the status.
    }

    @Override
    public void resetBuffer() {
        if (!streaming) {
            held.reset();
        }
        super.resetBuffer();
    }

    @Override
    public void reset() {
        if (!streaming) {
            held.reset();
            status = SC_OK;
        }
        super.reset();
    }

    /** Sends what is held; throws when the answer failed after it had begun to stream. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (failed) {
            throw new IOException("the answer failed after it had begun to stream (status " + status + ")");
        }
        if (errorSent) {
            return;
        }
        if (streaming) {
            getResponse().flushBuffer();
            return;
        }
        if (cancelled()) {
            held.reset();
            status = SC_SERVICE_UNAVAILABLE;
            HttpServletResponse r = (HttpServletResponse) getResponse();
            r.setStatus(status);
            r.setContentType("text/plain;charset=utf-8");
            held.write(TIMED_OUT);
        }
        beforeSend.accept((HttpServletResponse) getResponse());
        if (held.size() > 0) {
            // Not for an empty body: that may be a HEAD, whose length is the GET's.
            getResponse().setContentLengthLong(held.size());
            held.writeTo(getResponse().getOutputStream());
        }
    }

    /**
     * After {@link #finish()}: the bytes of a complete 200 answer that was held and sent whole;
     * empty for an error, a timed-out or streamed answer, or an empty body.
     */
    Optional<byte[]> kept() {
        if (streaming || failed || errorSent || status != SC_OK || held.size() == 0) {
            return Optional.empty();
        }
        return Optional.of(held.toByteArray());
    }

    /**
     * True when Fuseki stopped writing results because the query timed out: it then appends
     * {@link #CANCELLED} to what it had written, with status 400 or (JSON query form) none.
     */
    private boolean cancelled() {
        return held.tail(CANCELLED.length() + 8).contains(CANCELLED);
    }

    /** The held bytes, with a look at their end that copies no more than it reads. */
    private static final class Held extends ByteArrayOutputStream {
        Held() {
            super(8192);
        }

        synchronized String tail(int n) {
            int k = Math.min(n, count);
            return new String(buf, count - k, k, StandardCharsets.ISO_8859_1);
        }
    }

    private void startStreaming() throws IOException {
        streaming = true;
        beforeSend.accept((HttpServletResponse) getResponse());
        ServletOutputStream o = getResponse().getOutputStream();
        held.writeTo(o);
        held.reset();
    }

    private final class Out extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failed || errorSent) {
                return;
            }
            if (streaming) {
                getResponse().getOutputStream().write(b, off, len);
                return;
            }
            held.write(b, off, len);
            if (held.size() > LIMIT) {
                startStreaming();
            }
        }

        @Override
        public void flush() {
            // Held until finish(); streaming output is flushed by Jetty's own buffer.
        }

        @Override
        public void close() {
            // finish() completes the response.
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("blocking output only");
        }
    }
}
