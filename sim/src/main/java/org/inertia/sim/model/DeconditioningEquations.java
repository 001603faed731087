package org.inertia.sim.model;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * The model as a system of ordinary differential equations for one phase, for the numerical
 * integrators of Commons Math: {@code dx_i/dt = (T_i − x_i) / tau_i(x_i)}, with targets and time
 * constants from a {@link PhaseDrive}. Time is in days.
 */
final class DeconditioningEquations implements FirstOrderDifferentialEquations {

    private final PhaseDrive drive;

    /**
     * The equations of one phase.
     *
     * @param drive targets and time constants of the phase
     */
    DeconditioningEquations(PhaseDrive drive) {
        this.drive = drive;
    }

    @Override
    public int getDimension() {
        return PhaseDrive.STATES;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        for (int i = 0; i < yDot.length; i++) {
            yDot[i] = drive.rate(i, y[i]);
        }
    }
}
