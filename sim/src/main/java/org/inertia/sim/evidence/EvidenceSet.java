package org.inertia.sim.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inertia.sim.measure.Family;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioReader;

/**
 * The curated published evidence shipped with Inertia: {@code studies.csv} for muscle and {@code
 * whole-body.csv} for aerobic capacity and bone (one row per study arm, time point and measure),
 * and one scenario per protocol ({@code scenarios/evidence/}). How each figure was checked is in
 * {@code docs/evidence-notes.md}. The shipped files are read once; a set is immutable.
 */
public final class EvidenceSet {

    private static final String BASE = "/org/inertia/sim/evidence/";
    private static final List<String> HEADER = List.of(
            "id",
            "study",
            "reference",
            "identifier",
            "design",
            "category",
            "arm",
            "n",
            "age",
            "scenario",
            "day",
            "measure",
            "change_percent",
            "spread_type",
            "spread",
            "where",
            "confidence",
            "note");

    private final List<EvidenceRow> rows;
    private final Map<String, Scenario> scenarios;

    private EvidenceSet(List<EvidenceRow> rows, Map<String, Scenario> scenarios) {
        this.rows = List.copyOf(rows);
        this.scenarios = Map.copyOf(scenarios);
    }

    /**
     * {@return the muscle evidence shipped in the library ({@code studies.csv}); aerobic capacity
     * and bone are in {@link #builtIn(Family)}}
     *
     * @throws IllegalStateException if the shipped files are inconsistent (a build defect)
     */
    public static EvidenceSet builtIn() {
        return loaded(MUSCLE_RESOURCE);
    }

    /** The muscle evidence, the model's first and largest set. */
    private static final String MUSCLE_RESOURCE = "studies.csv";

    /** The evidence on aerobic capacity and bone, in the same columns. */
    private static final String WHOLE_BODY_RESOURCE = "whole-body.csv";

    /**
     * {@return the shipped evidence of one family: {@link #builtIn()} for muscle, the rows of
     * {@code whole-body.csv} on that family's measures for aerobic capacity and bone}
     *
     * @param family the family
     */
    public static EvidenceSet builtIn(Family family) {
        if (family == Family.MUSCLE) {
            return builtIn();
        }
        return loaded(WHOLE_BODY_RESOURCE).filter(r -> r.measure().family() == family);
    }

    /** The shipped sets read so far, by resource: each file and its scenarios are parsed once. */
    private static final Map<String, EvidenceSet> LOADED = new HashMap<>();

    private static synchronized EvidenceSet loaded(String resource) {
        return LOADED.computeIfAbsent(resource, EvidenceSet::load);
    }

    private static EvidenceSet load(String resource) {
        List<EvidenceRow> rows = parseRows(resource(resource), resource);
        Map<String, Scenario> scenarios = new HashMap<>();
        for (EvidenceRow row : rows) {
            scenarios.computeIfAbsent(row.scenarioFile(), file -> {
                try {
                    return ScenarioReader.parse(resource("scenarios/" + file), Path.of("scenarios/evidence/" + file));
                } catch (ScenarioException e) {
                    throw new IllegalStateException("shipped evidence scenario is invalid: " + e.getMessage(), e);
                }
            });
            if (row.day() > scenarios.get(row.scenarioFile()).totalDays()) {
                throw new IllegalStateException(
                        row.id() + ": day " + row.day() + " is after the end of " + row.scenarioFile());
            }
        }
        return new EvidenceSet(rows, scenarios);
    }

    /** {@return every row, in file order} */
    public List<EvidenceRow> rows() {
        return rows;
    }

    /**
     * {@return the scenario reproducing a row's protocol}
     *
     * @param row a row of this set
     */
    public Scenario scenario(EvidenceRow row) {
        return scenarios.get(row.scenarioFile());
    }

    /** {@return the distinct studies, in file order} */
    public Set<String> studies() {
        Set<String> studies = new LinkedHashSet<>();
        rows.forEach(r -> studies.add(r.study()));
        return studies;
    }

    /**
     * {@return a set with only the rows that satisfy a condition (same scenarios)}
     *
     * @param keep the condition
     */
    public EvidenceSet filter(java.util.function.Predicate<EvidenceRow> keep) {
        return new EvidenceSet(rows.stream().filter(keep).toList(), scenarios);
    }

    /**
     * {@return a text resource of the evidence, beside {@code studies.csv}}
     *
     * @param name its name relative to the evidence folder
     * @throws IllegalStateException if it is missing
     */
    static String resource(String name) {
        try (InputStream in = EvidenceSet.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<EvidenceRow> parseRows(String csv) {
        return parseRows(csv, MUSCLE_RESOURCE);
    }

    private static List<EvidenceRow> parseRows(String csv, String name) {
        List<CsvReader.Record> records = CsvReader.parse(csv);
        if (records.isEmpty() || !records.get(0).fields().equals(HEADER)) {
            throw new IllegalStateException(name + ": header must be " + String.join(",", HEADER));
        }
        List<EvidenceRow> rows = new ArrayList<>();
        for (CsvReader.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() != HEADER.size()) {
                throw new IllegalStateException(
                        name + " line " + r.line() + ": " + f.size() + " fields, expected " + HEADER.size());
            }
            try {
                Measure measure = Measure.parse(f.get(11))
                        .orElseThrow(() -> new IllegalArgumentException("unknown measure " + f.get(11)));
                Optional<EvidenceRow.Spread> spread =
                        f.get(13).equals("none") || f.get(13).isEmpty()
                                ? Optional.empty()
                                : Optional.of(new EvidenceRow.Spread(
                                        EvidenceRow.SpreadType.valueOf(f.get(13).toUpperCase(java.util.Locale.ROOT)),
                                        Double.parseDouble(f.get(14))));
                rows.add(new EvidenceRow(
                        f.get(0),
                        f.get(1),
                        f.get(2),
                        f.get(3),
                        f.get(4),
                        EvidenceCategory.fromKeyword(f.get(5)),
                        f.get(6),
                        Integer.parseInt(f.get(7)),
                        Double.parseDouble(f.get(8)),
                        f.get(9),
                        Integer.parseInt(f.get(10)),
                        measure,
                        Double.parseDouble(f.get(12)),
                        spread,
                        f.get(15),
                        f.get(16),
                        f.get(17)));
            } catch (RuntimeException e) {
                throw new IllegalStateException(name + " line " + r.line() + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}
