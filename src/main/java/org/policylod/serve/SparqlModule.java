package org.policylod.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** The /sparql front: service description, honest error statuses, caching validators, result cache. */
final class SparqlModule implements FusekiModule {
    private final Site site;
    private final ResultCache cache;

    SparqlModule(Site site, ResultCache cache) {
        this.site = site;
        this.cache = cache;
    }

    @Override
    public String name() {
        return "policy-lod sparql";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter(Site.SPARQL, new SparqlFilter(site, cache));
    }
}
