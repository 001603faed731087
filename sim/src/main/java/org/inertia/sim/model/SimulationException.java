package org.inertia.sim.model;

/**
 * A numerical failure while simulating, with the scenario, phase and day it happened on. It
 * signals a defect or an extreme parameter set, never a mistake in a scenario file (those are
 * caught when the file is read).
 */
public final class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Wraps a failure of the numerical method.
     *
     * @param scenario the scenario's name
     * @param phaseIndex the phase being simulated
     * @param day the day the phase started on
     * @param cause the failure
     */
    public SimulationException(String scenario, int phaseIndex, int day, Throwable cause) {
        super(
                "simulating '" + scenario + "', phase " + (phaseIndex + 1) + " (from day " + day + "): "
                        + cause.getMessage(),
                cause);
    }
}
