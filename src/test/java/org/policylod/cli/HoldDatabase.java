package org.policylod.cli;

import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** A second process that holds a TDB2 database open, as a running server does, until its input closes. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        System.out.println("held " + dsg.getClass().getSimpleName());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the test to close our input
        }
    }
}
