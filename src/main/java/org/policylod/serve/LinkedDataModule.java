package org.policylod.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Dereferenceable URIs (/id/, /graph/ and their /doc/ documents) and the VoID description. */
final class LinkedDataModule implements FusekiModule {
    private final Site site;

    LinkedDataModule(Site site) {
        this.site = site;
    }

    @Override
    public String name() {
        return "policy-lod linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        LinkedDataServlet servlet = new LinkedDataServlet(site);
        LinkedDataServlet.paths().forEach(p -> builder.addServlet(p, servlet));
        builder.addServlet(VoidServlet.PATH, new VoidServlet(site));
    }
}
