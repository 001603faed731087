package org.inertia.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioReader;

/**
 * The example scenarios shipped in the jar: the repository's {@code scenarios/*.yaml}, copied
 * to {@value #FOLDER} by the build ({@code cli/pom.xml}). They are found by listing that folder,
 * in the class directory during development and inside the jar when installed.
 */
public final class Examples {

    /** Where the build puts the examples on the class path. */
    static final String FOLDER = "/org/inertia/cli/serve/examples/";

    /** The example a page opens with, when it is shipped. */
    public static final String DEFAULT = "bed-rest-7d-then-walking";

    /**
     * One example.
     *
     * @param id the file name without {@code .yaml}, such as {@code bed-rest-48h}
     * @param yaml the file's text, comments included
     * @param scenario the scenario it describes
     */
    public record Example(String id, String yaml, Scenario scenario) {}

    private final List<Example> examples;

    private Examples(List<Example> examples) {
        this.examples = List.copyOf(examples);
    }

    /**
     * {@return the shipped examples, sorted by id}
     *
     * @throws IllegalStateException if a shipped example is not a valid scenario (a build defect)
     */
    public static Examples shipped() {
        List<Example> found = new ArrayList<>();
        for (String name : listFolder()) {
            String yaml = read(FOLDER + name);
            String id = name.substring(0, name.length() - ".yaml".length());
            try {
                found.add(new Example(id, yaml, ScenarioReader.parse(yaml, Path.of("scenarios", name))));
            } catch (ScenarioException e) {
                throw new IllegalStateException("shipped example is invalid: " + e.getMessage(), e);
            }
        }
        found.sort(java.util.Comparator.comparing(Example::id));
        return new Examples(found);
    }

    /** {@return every example, sorted by id} */
    public List<Example> all() {
        return examples;
    }

    /**
     * {@return the example with an id, if shipped}
     *
     * @param id the id, such as {@code bed-rest-48h}
     */
    public Optional<Example> find(String id) {
        return examples.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The names of the .yaml files in the examples folder, whether it is a directory or in a jar. */
    private static List<String> listFolder() {
        URL url = Examples.class.getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                try {
                    return names(fs.getPath(FOLDER));
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            }
            return names(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static String read(String resource) {
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
