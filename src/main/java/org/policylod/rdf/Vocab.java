package org.policylod.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of ELI, PROV-O and FOAF that Jena has no constants for. */
public final class Vocab {
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private Vocab() {
    }

    public static final Resource Work = ResourceFactory.createResource(ELI + "Work");
    public static final Resource Expression = ResourceFactory.createResource(ELI + "Expression");
    public static final Resource LegalResource = ResourceFactory.createResource(ELI + "LegalResource");
    public static final Property idLocal = ResourceFactory.createProperty(ELI + "id_local");
    public static final Property dateDocument = ResourceFactory.createProperty(ELI + "date_document");
    public static final Property workType = ResourceFactory.createProperty(ELI + "work_type");
    public static final Property isRealizedBy = ResourceFactory.createProperty(ELI + "is_realized_by");
    public static final Property realizes = ResourceFactory.createProperty(ELI + "realizes");
    public static final Property title = ResourceFactory.createProperty(ELI + "title");
    public static final Property language = ResourceFactory.createProperty(ELI + "language");
    public static final Property responsibilityOfAgent = ResourceFactory.createProperty(ELI + "responsibility_of_agent");
    public static final Property cites = ResourceFactory.createProperty(ELI + "cites");
    public static final Property basedOn = ResourceFactory.createProperty(ELI + "based_on");
    public static final Property isPartOf = ResourceFactory.createProperty(ELI + "is_part_of");
    public static final Property publisherAgent = ResourceFactory.createProperty(ELI + "publisher_agent");
    public static final Property datePublication = ResourceFactory.createProperty(ELI + "date_publication");

    public static final Resource Entity = ResourceFactory.createResource(PROV + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(PROV + "Activity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Property used = ResourceFactory.createProperty(PROV + "used");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(PROV + "wasAssociatedWith");
    public static final Property endedAtTime = ResourceFactory.createProperty(PROV + "endedAtTime");

    public static final Property page = ResourceFactory.createProperty(FOAF + "page");
}
