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
        clear();
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
