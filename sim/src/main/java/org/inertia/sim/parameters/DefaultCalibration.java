package org.inertia.sim.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.inertia.sim.measure.Family;

/**
 * The stored outcome of the calibration behind the default parameters: each parameter's value, the
 * standard error of the fitted ones, and their covariance. Written by the calibration (see {@code
 * docs/model.md}, "Calibration") into {@code default-parameters.csv} and {@code
 * default-covariance.csv} beside this class, and read once: {@link Preset#DEFAULT} takes its values
 * from here, and uncertainty bands draw from the covariance. Aerobic capacity and bone are fitted
 * apart from the muscle, each to its own evidence, and store their own covariance ({@code
 * aerobic-covariance.csv}, {@code bone-covariance.csv}: {@link #covarianceResource(Family)}).
 */
public final class DefaultCalibration {

    /** Name of the resource with the values and standard errors. */
    public static final String VALUES = "default-parameters.csv";

    /** Name of the resource with the covariance matrix of the fitted parameters. */
    public static final String COVARIANCE = "default-covariance.csv";

    private static final DefaultCalibration STORED = load();

    private final Map<Parameter, Double> values;
    private final Map<Parameter, Double> standardErrors;
    private final Map<Family, Block> blocks;

    /** The fitted parameters of one family and their covariance, in the same order. */
    private record Block(List<Parameter> fitted, double[][] covariance) {}

    private DefaultCalibration(
            Map<Parameter, Double> values, Map<Parameter, Double> standardErrors, Map<Family, Block> blocks) {
        this.values = Collections.unmodifiableMap(values);
        this.standardErrors = Collections.unmodifiableMap(standardErrors);
        this.blocks = blocks;
    }

    /**
     * {@return the name of the resource with a family's covariance: {@value #COVARIANCE} for the
     * muscle, {@code <family>-covariance.csv} for the others}
     *
     * @param family a measure family
     */
    public static String covarianceResource(Family family) {
        return family == Family.MUSCLE ? COVARIANCE : family.key() + "-covariance.csv";
    }

    /** {@return the calibration shipped with the library} */
    public static DefaultCalibration stored() {
        return STORED;
    }

    /** {@return every parameter's value} */
    public Map<Parameter, Double> values() {
        return values;
    }

    /**
     * {@return the standard error of a fitted parameter; empty for a fixed one}
     *
     * @param parameter a parameter
     */
    public OptionalDouble standardError(Parameter parameter) {
        Double se = standardErrors.get(parameter);
        return se == null ? OptionalDouble.empty() : OptionalDouble.of(se);
    }

    /** {@return the fitted muscle parameters, in the order of {@link #covariance()}} */
    public List<Parameter> fitted() {
        return fitted(Family.MUSCLE);
    }

    /** {@return a copy of the covariance matrix of the fitted muscle parameters} */
    public double[][] covariance() {
        return covariance(Family.MUSCLE);
    }

    /**
     * {@return a family's fitted parameters, in the order of {@link #covariance(Family)}}
     *
     * @param family a measure family
     */
    public List<Parameter> fitted(Family family) {
        return blocks.get(family).fitted();
    }

    /**
     * {@return a copy of the covariance matrix of a family's fitted parameters}
     *
     * @param family a measure family
     */
    public double[][] covariance(Family family) {
        double[][] stored = blocks.get(family).covariance();
        double[][] c = new double[stored.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = stored[i].clone();
        }
        return c;
    }

    private static DefaultCalibration load() {
        Map<Parameter, Double> values = new EnumMap<>(Parameter.class);
        Map<Parameter, Double> se = new EnumMap<>(Parameter.class);
        List<String[]> rows = csv(VALUES);
        for (String[] r : rows.subList(1, rows.size())) {
            Parameter p = Parameter.fromKey(r[0])
                    .orElseThrow(() -> new IllegalStateException(VALUES + ": unknown parameter " + r[0]));
            values.put(p, Double.parseDouble(r[1]));
            if (r.length > 2 && !r[2].isEmpty()) {
                se.put(p, Double.parseDouble(r[2]));
            }
        }
        for (Parameter p : Parameter.values()) {
            if (!values.containsKey(p)) {
                throw new IllegalStateException(VALUES + ": no value for " + p.key());
            }
        }
        Map<Family, Block> blocks = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            blocks.put(family, block(covarianceResource(family)));
        }
        return new DefaultCalibration(values, se, blocks);
    }

    private static Block block(String resource) {
        List<String[]> cov = csv(resource);
        List<Parameter> fitted = new ArrayList<>();
        for (int j = 1; j < cov.get(0).length; j++) {
            String key = cov.get(0)[j];
            fitted.add(Parameter.fromKey(key)
                    .orElseThrow(() -> new IllegalStateException(resource + ": unknown parameter " + key)));
        }
        double[][] matrix = new double[fitted.size()][fitted.size()];
        for (int i = 0; i < fitted.size(); i++) {
            String[] r = cov.get(i + 1);
            for (int j = 0; j < fitted.size(); j++) {
                matrix[i][j] = Double.parseDouble(r[j + 1]);
            }
        }
        return new Block(List.copyOf(fitted), matrix);
    }

    private static List<String[]> csv(String name) {
        try (InputStream in = DefaultCalibration.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
