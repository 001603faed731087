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

/**
 * The stored outcome of the calibration behind the default parameters: each parameter's value, the
 * standard error of the fitted ones, and their covariance. Written by the calibration (see {@code
 * docs/model.md}, "Calibration") into {@code default-parameters.csv} and {@code
 * default-covariance.csv} beside this class, and read once: {@link Preset#DEFAULT} takes its values
 * from here, and uncertainty bands draw from the covariance.
 */
public final class DefaultCalibration {

    /** Name of the resource with the values and standard errors. */
    public static final String VALUES = "default-parameters.csv";

    /** Name of the resource with the covariance matrix of the fitted parameters. */
    public static final String COVARIANCE = "default-covariance.csv";

    private static final DefaultCalibration STORED = load();

    private final Map<Parameter, Double> values;
    private final Map<Parameter, Double> standardErrors;
    private final List<Parameter> fitted;
    private final double[][] covariance;

    private DefaultCalibration(
            Map<Parameter, Double> values,
            Map<Parameter, Double> standardErrors,
            List<Parameter> fitted,
            double[][] covariance) {
        this.values = Collections.unmodifiableMap(values);
        this.standardErrors = Collections.unmodifiableMap(standardErrors);
        this.fitted = List.copyOf(fitted);
        this.covariance = covariance;
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

    /** {@return the fitted parameters, in the order of {@link #covariance()}} */
    public List<Parameter> fitted() {
        return fitted;
    }

    /** {@return a copy of the covariance matrix of the fitted parameters} */
    public double[][] covariance() {
        double[][] c = new double[covariance.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = covariance[i].clone();
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
        List<String[]> cov = csv(COVARIANCE);
        List<Parameter> fitted = new ArrayList<>();
        for (int j = 1; j < cov.get(0).length; j++) {
            String key = cov.get(0)[j];
            fitted.add(Parameter.fromKey(key)
                    .orElseThrow(() -> new IllegalStateException(COVARIANCE + ": unknown parameter " + key)));
        }
        double[][] matrix = new double[fitted.size()][fitted.size()];
        for (int i = 0; i < fitted.size(); i++) {
            String[] r = cov.get(i + 1);
            for (int j = 0; j < fitted.size(); j++) {
                matrix[i][j] = Double.parseDouble(r[j + 1]);
            }
        }
        return new DefaultCalibration(values, se, fitted, matrix);
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
