package org.inertia.sim.population;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * A small, fast generator for one virtual subject: SplitMix64 (Steele, Lea and Flood 2014,
 * "Fast splittable pseudorandom number generators", OOPSLA), behind Commons Math's generator
 * interface so that its distributions and Gaussian sampling apply. One subject draws only a
 * handful of numbers, so a generator must be cheap to create; each is seeded from the run's seed
 * and the subject's index.
 */
final class SplitMixRandom extends AbstractRandomGenerator {

    private long state;

    SplitMixRandom(long seed) {
        this.state = seed;
    }

    @Override
    public void setSeed(long seed) {
        state = seed;
        nextNormal = Double.NaN;
        clear();
    }

    /** The second deviate of the last pair, or NaN. */
    private double nextNormal = Double.NaN;

    /**
     * A standard normal deviate by Marsaglia's polar method, as Commons Math's generators draw
     * them (pairs, the second kept for the next call), with the JDK's intrinsic logarithm: a
     * population draws several per subject.
     */
    @Override
    public double nextGaussian() {
        if (!Double.isNaN(nextNormal)) {
            double z = nextNormal;
            nextNormal = Double.NaN;
            return z;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double scale = Math.sqrt(-2 * Math.log(s) / s);
        nextNormal = v2 * scale;
        return v1 * scale;
    }

    @Override
    public double nextDouble() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
