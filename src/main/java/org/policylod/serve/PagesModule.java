package org.policylod.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** The home page, the label search, the ontology documentation and the query editor's scripts. */
final class PagesModule implements FusekiModule {
    private final Site site;

    PagesModule(Site site) {
        this.site = site;
    }

    @Override
    public String name() {
        return "policy-lod pages";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // "" is the servlet mapping of the context root alone.
        Entities entities = new Entities(site);
        builder.addServlet("", new HomeServlet(site, entities));
        builder.addServlet(SearchServlet.PATH, new SearchServlet(site, entities));
        builder.addServlet(Assets.PATH + "/*", new Assets());
        builder.addServlet(OntologyServlet.PATH, new OntologyServlet(site));
    }
}
