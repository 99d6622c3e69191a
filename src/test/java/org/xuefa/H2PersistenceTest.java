package org.xuefa;

/** The persistence contract on the embedded H2 database (the shared test context). */
class H2PersistenceTest extends PersistenceContract {
}
