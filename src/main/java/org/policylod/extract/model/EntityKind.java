package org.policylod.extract.model;

/** The kinds of entity recognition distinguishes. */
public enum EntityKind { ORGANISATION, MISSION, COUNTRY, REGION, CONCEPT, DOCUMENT, INSTRUMENT }
