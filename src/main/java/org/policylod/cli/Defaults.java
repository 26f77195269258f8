package org.policylod.cli;

/** Defaults shared by the subcommands, documented in their --help. */
final class Defaults {
    static final String OUT = "publication";
    static final String BASE = "https://w3id.org/policy-lod/";
    static final String CORPUS = "corpus";

    private Defaults() {
    }
}
