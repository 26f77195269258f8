package org.policylod.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.policylod.publish.Publication;
import org.policylod.publish.Store;
import org.policylod.source.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the local publication, without a server.",
                "The default graph is the union of the named graphs, as on the server. SELECT and ASK "
                + "results come in any format; CONSTRUCT and DESCRIBE give Turtle (text) or JSON-LD (json)."})
final class QueryCommand implements Callable<Integer> {
    enum Format { csv, tsv, json, text }

    private static final Pattern AT = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.rq", description = "The query file.")
    Path query;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = Defaults.OUT,
            description = "Publication folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", defaultValue = "text",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Query q = parse(query);
        boolean graph = q.isConstructType() || q.isDescribeType();
        if (graph && (format == Format.csv || format == Format.tsv)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format
                    + " applies to SELECT and ASK queries; this " + (q.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query gives RDF: use --format text (Turtle) or json (JSON-LD)");
        }
        Optional<Publication.Release> release = Publication.at(out).current();
        if (release.isEmpty()) {
            throw new InputException(out, 0, "no publication here (run: policy-lod publish --out " + out + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Store store = Store.open(release.get())) {
            if (store.inMemory()) {
                err.println("note: another process (a running server?) holds the database; reading the N-Quads dump");
            }
            store.query(q, qe -> {
                write(qe, q, buffer);
                return null;
            });
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(buffer.toString(StandardCharsets.UTF_8));
        stdout.flush();
        return 0;
    }

    /** Reads and parses the query file; every fault is an input error naming the file and place. */
    static Query parse(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, Files.exists(file) ? "not a file" : "no such file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InputException(file, 0, "not UTF-8 text (a binary file?)", e);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new InputException(file, 0, "empty query file");
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw where(file, e);
        }
    }

    /**
     * The parser's complaint, first line only (the list of expected tokens helps nobody), placed at
     * the token it could not take: the message names that one, where getLine/getColumn give the
     * last token it took.
     */
    private static InputException where(Path file, QueryParseException e) {
        String msg = e.getMessage() == null ? "syntax error" : e.getMessage().strip().lines().findFirst().orElse("");
        int line = e.getLine();
        int column = e.getColumn();
        Matcher m = AT.matcher(msg);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
            msg = (msg.substring(0, m.start()) + msg.substring(m.end())).strip();
        }
        return new InputException(file, Math.max(line, 0), (column > 0 ? "column " + column + ": " : "") + msg, e);
    }

    private void write(QueryExecution qe, Query q, OutputStream o) {
        if (q.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(o, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(o, rs);
                case json -> ResultSetFormatter.outputAsJSON(o, rs);
                case text -> ResultSetFormatter.out(o, rs, q.getPrologue());
            }
        } else if (q.isAskType()) {
            boolean yes = qe.execAsk();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(o, yes);
                case tsv -> ResultSetFormatter.outputAsTSV(o, yes);
                case json -> ResultSetFormatter.outputAsJSON(o, yes);
                case text -> ResultSetFormatter.out(o, yes);
            }
        } else {
            var model = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(o, model, format == Format.json ? RDFFormat.JSONLD11_PRETTY : RDFFormat.TURTLE_PRETTY);
        }
    }
}
