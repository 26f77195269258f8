package org.policylod.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;
import org.apache.jena.rdf.model.Model;

/**
 * Cross-origin reads for browser applications: any origin may GET, HEAD and POST (a SPARQL query
 * form) and read the validators; Fuseki's default CORS settings also allow PUT, DELETE and PATCH,
 * which a read-only server has no use for. No credentials: the data is public, and a cookie-bearing
 * request must not get an answer a shared cache could give another site. Range may be sent (a
 * download resumed, see DumpsServlet).
 */
final class Cors implements FusekiModule {
    static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,If-None-Match,Range",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM,
            "Cache-Control,Content-Length,Content-Location,Content-Type,ETag,Last-Modified,Location,Vary,"
            + "Accept-Ranges,Content-Range",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    @Override
    public String name() {
        return "policy-lod CORS";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new CrossOriginFilter() {
            @Override
            public void init(FilterConfig config) throws ServletException {
                super.init(Filters.Params.of(config, SETTINGS));
            }
        });
    }
}
