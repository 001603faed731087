package org.inertia.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.StandardStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inertia schema}: prints the JSON Schema of scenario files, the one published as {@code
 * docs/scenario.schema.json} (the build copies that file into the jar; issue 14).
 */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        description = {
            "Prints the JSON Schema (draft 2020-12) of scenario files, for editors and validators:"
                    + " its keys, their types, ranges and allowed words.",
            "Editors with YAML support (the YAML language server) check and complete a scenario file"
                    + " whose first line is: # yaml-language-server: $schema=PATH/scenario.schema.json",
            "The reader enforces a few rules no schema can state (the number grammar, at most 3650 days in"
                    + " all); 'inertia validate' checks them all."
        },
        footerHeading = "%nExample:%n",
        footer = {"  inertia schema > scenario.schema.json"})
public final class SchemaCommand implements Callable<Integer> {

    /** Where the build puts the schema on the class path. */
    static final String RESOURCE = "/org/inertia/cli/scenario.schema.json";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StandardStreams.of(spec).write(schema());
        return ExitCode.OK;
    }

    /** {@return the schema's bytes (UTF-8 JSON), as shipped in the jar} */
    static byte[] schema() throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the scenario schema is missing from the build: " + RESOURCE);
            }
            return in.readAllBytes();
        }
    }
}
