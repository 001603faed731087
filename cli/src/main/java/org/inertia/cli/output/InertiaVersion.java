package org.inertia.cli.output;

import picocli.CommandLine.IVersionProvider;

/**
 * The version of Inertia: the {@code Implementation-Version} of the runnable jar's manifest, or
 * {@code dev} when running from classes (an IDE, the test suite).
 */
public final class InertiaVersion implements IVersionProvider {

    /** The version shown when no manifest says otherwise. */
    public static final String DEVELOPMENT = "dev";

    /** {@return the version, such as {@code 0.1.0}, or {@value #DEVELOPMENT}} */
    public static String version() {
        String v = InertiaVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? DEVELOPMENT : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"inertia " + version()};
    }
}
