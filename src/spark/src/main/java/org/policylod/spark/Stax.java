package org.policylod.spark;

/**
 * Spark's {@code hadoop-client-runtime} registers its shaded Woodstox as the StAX input factory
 * (META-INF/services), and Jena's XML hardening sets JDK StAX properties that Woodstox rejects, so
 * Jena fails to initialise on every JVM that has Hadoop on its class path. The JAXP system property
 * takes precedence over service files: pointing it at the JDK's own factory, before any Jena class
 * initialises, gives Jena the parser it hardens. Hadoop does not use the property: it creates its
 * shaded Woodstox directly.
 */
final class Stax {
    static final String PROPERTY = "javax.xml.stream.XMLInputFactory";
    static final String JDK_FACTORY = "com.sun.xml.internal.stream.XMLInputFactoryImpl";

    private Stax() {
    }

    /** Chooses the JDK's StAX factory unless the JVM was told to use another one. */
    static void useJdkFactory() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, JDK_FACTORY);
        }
    }
}
