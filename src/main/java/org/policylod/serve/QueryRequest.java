package org.policylod.serve;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request to the SPARQL service seen as the key of its answer in the {@link ResultCache}. A query
 * sent as the body ({@code application/sparql-query}) is read here and replayed to Fuseki.
 */
final class QueryRequest extends HttpServletRequestWrapper {
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String FORM = "application/x-www-form-urlencoded";

    private final byte[] body;

    private QueryRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /**
     * The request as one whose answer may be cached, with its key; empty for what is never cached:
     * HEAD (no body to keep), a POST that is neither a query form nor a query, and queries whose
     * answer may change between evaluations ({@link ResultCache#cacheable}).
     */
    static Optional<QueryRequest> of(HttpServletRequest request) throws IOException {
        String method = request.getMethod();
        byte[] body = new byte[0];
        if (method.equals("POST")) {
            String type = mediaType(request.getContentType());
            if (type.equals(SPARQL_QUERY)) {
                body = request.getInputStream().readAllBytes();
            } else if (!type.equals(FORM)) {
                return Optional.empty();
            }
        } else if (!method.equals("GET")) {
            return Optional.empty();
        }
        QueryRequest q = new QueryRequest(request, body);
        String query = body.length > 0 ? new String(body, q.charset()) : request.getParameter("query");
        if (query != null && !ResultCache.cacheable(query)) {
            return Optional.empty();
        }
        return Optional.of(q);
    }

    ResultCache.Key key(String version) {
        StringBuilder p = new StringBuilder();
        Map<String, String[]> sorted = new TreeMap<>(getParameterMap());
        sorted.forEach((name, values) -> {
            p.append(name.length()).append(':').append(name);
            for (String v : values) {
                p.append('=').append(v.length()).append(':').append(v);
            }
            p.append('&');
        });
        String accept = getHeader("Accept");
        return new ResultCache.Key(version, getMethod(), p.toString(),
                new String(body, StandardCharsets.ISO_8859_1), accept == null ? "" : accept);
    }

    private Charset charset() {
        String enc = getCharacterEncoding();
        try {
            return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body.length == 0) {
            return super.getInputStream();
        }
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("blocking input only");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (body.length == 0) {
            return super.getReader();
        }
        return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }
}
