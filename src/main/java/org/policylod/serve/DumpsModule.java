package org.policylod.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** The dump files under /dumps/. */
final class DumpsModule implements FusekiModule {
    private final Site site;

    DumpsModule(Site site) {
        this.site = site;
    }

    @Override
    public String name() {
        return "policy-lod dumps";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DumpsServlet servlet = new DumpsServlet(site);
        builder.addServlet(DumpsServlet.PATH, servlet);
        builder.addServlet(DumpsServlet.PATH + "/*", servlet);
    }
}
