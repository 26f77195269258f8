/**
 * The public server: one embedded Apache Jena Fuseki over the TDB2 database of the current release,
 * configured from the bundled fuseki-config/ and extended through Fuseki modules, filters and
 * servlets (no second HTTP server).
 *
 * <pre>
 * /                       home page: what the dataset is, counts, documents, most mentioned
 *                         resources, ways in, example queries
 * /sparql                 SPARQL 1.1 query (GET, POST form, POST application/sparql-query),
 *                         Graph Store Protocol read (?graph=IRI, ?default); GET without either:
 *                         service description (RDF), or the YASGUI query editor for browsers.
 *                         Read-only.
 * /search?q=              label search (HTML, or JSON by Accept or format=json)
 * /assets/...             the editor's scripts and styles, from the jar
 * /id/..., /graph/...     our URIs: BASE id/... is served at /id/...; 303 See Other to the
 *                         describing document in the negotiated format (Vary: Accept, 406 if none)
 * /doc/{path}             the document about BASE{path}: negotiated (Content-Location names the
 *                         variant) or fixed by suffix .html .ttl .jsonld .rdf .nt
 * /ontology               ontology documentation (anchors #Term for every plo: term)
 * /dumps/                 the release's dump files
 * /.well-known/void       VoID: void:uriSpace BASE, void:sparqlEndpoint this server's /sparql
 * </pre>
 *
 * <p>Pages come from the Mustache templates in templates/ beside this package's classes; the
 * engine escapes every value. Every page's content security policy lets no script run, except
 * the editor's, which lets this server's own scripts run ({@link org.policylod.serve.Html}).
 *
 * <p>Why 303 to /doc/ and not 200 with Content-Location at the URI itself: the /id/ URIs name
 * missions, agencies and acts, not documents about them (httpRange-14); the separate document URL
 * can be cached, bookmarked and linked per format.
 *
 * <p>Caching: every answer carries an ETag made of the release version and its variant, and
 * {@code Cache-Control: public, max-age=600}; a revalidation while the same release is served is
 * answered 304. Answers up to {@link org.policylod.serve.Spill#LIMIT} are held until complete (see
 * {@link org.policylod.serve.Spill}), which is where an in-process result cache can take them.
 */
package org.policylod.serve;
