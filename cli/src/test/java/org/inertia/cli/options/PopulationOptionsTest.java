package org.inertia.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PopulationOptionsTest {

    private static final long MB = 1L << 20;

    private static PopulationOptions parse(String... args) {
        PopulationOptions options = new PopulationOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void threadsBeyondFourPerProcessorAreCappedIssue12() {
        PopulationOptions o = parse("--subjects", "1000", "--threads", "1024");

        o.chooseThreads(1, 365, 1, 4096 * MB, 2);

        assertThat(o.threads()).isEqualTo(8);
        assertThat(o.threadsNote())
                .isEqualTo("Note: --threads 1024: using 8 worker threads, at most 4 per processor, and this"
                        + " machine has 2.");
    }

    @Test
    void threadsBeyondWhatTheHeapHoldsAreReducedIssue12() {
        // Three measures over ten years, in a heap that leaves room for about ten workers' blocks
        // once the kept histograms are counted.
        PopulationOptions o = parse("--subjects", "1000", "--threads", "64");
        long perThread = org.inertia.sim.population.PopulationSimulator.bytesPerWorker(3, 3651, 1);
        long heap = (long) ((o.keptBytes(3, 3650, 1) + 10.5 * perThread) / 0.7);

        o.chooseThreads(3, 3650, 1, heap, 64);

        long room = (long) (heap * 0.7) - o.keptBytes(3, 3650, 1);
        assertThat(room).isPositive();
        assertThat(o.threads()).isEqualTo((int) (room / perThread)).isBetween(2, 63);
        assertThat(o.threadsNote())
                .startsWith("Note: --threads 64: using " + o.threads() + " worker threads, as many as the Java heap")
                .endsWith(" for its block of subjects; give Java more memory for more (INERTIA_JAVA_OPTS=-Xmx4g).");
        assertThat(o.bufferBytes(3, 3650)).isLessThanOrEqualTo(room);
    }

    @Test
    void theDefaultIsOnePerProcessorReducedOnlyByMemoryIssue12() {
        PopulationOptions plenty = parse("--subjects", "1000");
        plenty.chooseThreads(1, 365, 1, 4096 * MB, 16);
        assertThat(plenty.threads()).isEqualTo(16);
        assertThat(plenty.threadsNote()).isEmpty();

        PopulationOptions tight = parse("--subjects", "1000");
        tight.chooseThreads(15, 3650, 1, 256 * MB, 16);
        assertThat(tight.threads()).isBetween(1, 3);
        assertThat(tight.threadsNote()).startsWith("Note: using " + tight.threads() + " worker thread");
        assertThat(tight.threadsNote()).contains(" of 16 processors, as many as the Java heap");
    }

    @Test
    void atLeastOneThreadEvenWhenNoneFits() {
        PopulationOptions o = parse("--subjects", "1000", "--threads", "4");
        o.chooseThreads(15, 3650, 1, 16 * MB, 4);
        assertThat(o.threads()).isEqualTo(1);
        assertThat(o.threadsNote()).startsWith("Note: --threads 4: using 1 worker thread, as many as");
    }

    @Test
    void fewerThreadsThanTheCapAreUsedAsGiven() {
        PopulationOptions o = parse("--subjects", "1000", "--threads", "3");
        o.chooseThreads(1, 365, 1, 4096 * MB, 2);
        assertThat(o.threads()).isEqualTo(3);
        assertThat(o.threadsNote()).isEmpty();
    }

    @Test
    void aRunTakesAtMostTenMillionSubjectsForAYearAndFewerForLongerScenarios() throws UserInputException {
        // A year is days 0 to 365: 366 days of ten million subjects, the most.
        parse("--subjects", "10000000").checkSubjectDays(365, 1);
        parse("--subjects", "1000000").checkSubjectDays(3650, 1);
        parse("--subjects", "200000").checkSubjectDays(365, 50);
        parse("--uncertainty").checkSubjectDays(3650, 50);

        assertThat(refusal(parse("--subjects", "10000000"), 366, 1))
                .isEqualTo(
                        "--subjects 10,000,000: 367 days make 3,670,000,000 subject-days, more than one run"
                                + " simulates (3,660,000,000, 10,000,000 subjects for a year); give at most 9,972,752 subjects");
        assertThat(refusal(parse("--subjects", "1002466"), 3650, 1)).endsWith("give at most 1,002,465 subjects");
        assertThat(refusal(parse("--subjects", "200001"), 365, 50))
                .startsWith("--subjects 200,001: 50 scenarios of up to 366 days make ")
                .endsWith("give at most 200,000 subjects");
    }

    private static String refusal(PopulationOptions o, int days, int scenarios) {
        try {
            o.checkSubjectDays(days, scenarios);
        } catch (UserInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused: " + days + " days, " + scenarios + " scenarios");
    }
}
