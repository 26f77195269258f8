package org.policylod.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The policy-lod ontology's terms as Java constants. Every term here is declared in
 * {@code ontology/policy-lod.ttl}; a test fails when one is missing there.
 */
public final class Plo {
    public static final String NS = "https://w3id.org/policy-lod/ontology#";

    private Plo() {
    }

    private static Resource c(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Documents
    public static final Resource CouncilDocument = c("CouncilDocument");
    public static final Resource CoverNote = c("CoverNote");
    public static final Resource WorkingDocument = c("WorkingDocument");
    public static final Resource CommissionCommunication = c("CommissionCommunication");
    public static final Resource LegislativeProposal = c("LegislativeProposal");
    public static final Resource JointCommunication = c("JointCommunication");
    public static final Resource StaffWorkingDocument = c("StaffWorkingDocument");
    public static final Resource Directive = c("Directive");
    public static final Resource Regulation = c("Regulation");
    public static final Resource Decision = c("Decision");
    public static final Resource JointAction = c("JointAction");
    public static final Resource CommonPosition = c("CommonPosition");
    public static final Resource UnResolution = c("UnResolution");
    public static final Resource CouncilConclusions = c("CouncilConclusions");
    public static final Resource Treaty = c("Treaty");
    public static final Resource TreatyArticle = c("TreatyArticle");
    public static final Resource InternationalConvention = c("InternationalConvention");
    public static final Resource ConventionArticle = c("ConventionArticle");
    public static final Resource Publication = c("Publication");
    public static final Resource CsdpConcept = c("CsdpConcept");

    // Policy instruments (kept apart from the documents that publish them)
    public static final Resource PolicyInstrument = c("PolicyInstrument");
    public static final Resource Strategy = c("Strategy");
    public static final Resource ActionPlan = c("ActionPlan");
    public static final Resource Pact = c("Pact");
    public static final Resource Compact = c("Compact");
    public static final Resource Agenda = c("Agenda");

    // Structure and evidence
    public static final Resource Section = c("Section");
    public static final Resource Paragraph = c("Paragraph");
    public static final Resource Footnote = c("Footnote");
    public static final Resource Redaction = c("Redaction");
    public static final Resource AccessDecision = c("AccessDecision");
    public static final Resource Mention = c("Mention");
    public static final Resource Assertion = c("Assertion");
    public static final Resource SourceFile = c("SourceFile");

    // Organisations and missions
    public static final Resource EUInstitution = c("EUInstitution");
    public static final Resource EUAgency = c("EUAgency");
    public static final Resource EUBody = c("EUBody");
    public static final Resource CouncilPreparatoryBody = c("CouncilPreparatoryBody");
    public static final Resource InternationalOrganisation = c("InternationalOrganisation");
    public static final Resource NationalAuthority = c("NationalAuthority");
    public static final Resource Network = c("Network");
    public static final Resource CsdpMission = c("CsdpMission");
    public static final Resource CivilianMission = c("CivilianMission");
    public static final Resource MilitaryOperation = c("MilitaryOperation");
    public static final Resource MissionCategory = c("MissionCategory");

    // Document metadata
    public static final Property place = p("place");
    public static final Property originalLanguage = p("originalLanguage");
    public static final Property marking = p("marking");
    public static final Property distributionCode = p("distributionCode");
    public static final Property distributedTo = p("distributedTo");
    public static final Property sender = p("sender");
    public static final Property addressee = p("addressee");
    public static final Property encloses = p("encloses");
    public static final Property enclosedIn = p("enclosedIn");
    public static final Property accessDecision = p("accessDecision");
    public static final Property accessStatus = p("accessStatus");
    public static final Property note = p("note");
    public static final Property issuingUnit = p("issuingUnit");
    public static final Property previousReference = p("previousReference");
    public static final Property journalReference = p("journalReference");
    public static final Property celex = p("celex");
    public static final Property cellar = p("cellar");
    public static final Property eli = p("eli");
    public static final Property publishedIn = p("publishedIn");
    public static final Property nameKeyword = p("nameKeyword");
    public static final Property followsOn = p("followsOn");
    public static final Property followedBy = p("followedBy");
    public static final Property implementsInstrument = p("implements");
    public static final Property complements = p("complements");

    // Structure
    public static final Property order = p("order");
    public static final Property heading = p("heading");
    public static final Property truncated = p("truncated");
    public static final Property text = p("text");
    public static final Property sourceLine = p("sourceLine");
    public static final Property number = p("number");
    public static final Property anchoredIn = p("anchoredIn");
    public static final Property anchorOffset = p("anchorOffset");
    public static final Property withheldBy = p("withheldBy");
    public static final Property marker = p("marker");
    public static final Property untilPage = p("untilPage");
    public static final Property untilEndOfDocument = p("untilEndOfDocument");
    public static final Property after = p("after");

    // Entities, relations, evidence
    public static final Property acronym = p("acronym");
    public static final Property authority = p("authority");
    public static final Property hostCountry = p("hostCountry");
    public static final Property region = p("region");
    public static final Property cooperatesWith = p("cooperatesWith");
    public static final Property exchangesInformationWith = p("exchangesInformationWith");
    public static final Property legalBasis = p("legalBasis");
    public static final Property missionCategory = p("missionCategory");
    public static final Property excludes = p("excludes");
    public static final Property refersTo = p("refersTo");
    public static final Property inPassage = p("inPassage");
    public static final Property sentence = p("sentence");
    public static final Property evidence = p("evidence");

    // Provenance
    public static final Property fileName = p("fileName");
    public static final Property sha256 = p("sha256");
    public static final Property toolVersion = p("toolVersion");
}
