package io.holstein.internal;

/** An ownership token: a builder stamps the nodes it creates and edits in place only those it owns. */
public final class Owner {}
