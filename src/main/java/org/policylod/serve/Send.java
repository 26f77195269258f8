package org.policylod.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Writing representations: RDF models by content negotiation, with length and validators. */
final class Send {
    private Send() {
    }

    /** The format a request asks for among {@code offers}, or a 406 sent and empty. */
    static Optional<Format> negotiate(HttpServletRequest request, HttpServletResponse response, List<Format> offers)
            throws IOException {
        response.setHeader("Vary", "Accept");
        Optional<Format> f = Accept.parse(request.getHeader("Accept")).choose(offers, Format::mediaType);
        if (f.isEmpty()) {
            StringBuilder b = new StringBuilder("Not Acceptable. Available: ");
            offers.forEach(o -> b.append(o.mediaType()).append(' '));
            plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, b.toString().trim());
        }
        return f;
    }

    static void rdf(HttpServletResponse response, Model model, Format format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, model, format.rdf());
        response.setContentType(format.mediaType() + (format == Format.RDFXML ? "" : ";charset=utf-8"));
        response.setContentLength(bytes.size());
        bytes.writeTo(response.getOutputStream());
    }

    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] bytes = (message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
