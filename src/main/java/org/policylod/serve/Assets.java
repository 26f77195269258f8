package org.policylod.serve;

import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * The query editor's static files (YASGUI and its start script), served from the jar by Jetty's
 * resource servlet under /assets: with validators, ranges and a day's caching, no directory
 * listing, nothing loaded from elsewhere.
 */
final class Assets extends ResourceServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/assets";

    private static final Map<String, String> SETTINGS = Map.of(
            "baseResource", Assets.class.getResource("assets/").toExternalForm(),
            "pathInfoOnly", "true",
            "dirAllowed", "false",
            "etags", "true",
            "cacheControl", "public, max-age=86400");

    // Fuseki adds servlets as instances, without init parameters: the settings come from here.
    @Override
    public String getInitParameter(String name) {
        return SETTINGS.get(name);
    }
}
