import dev.benchmem.harness.Benchmark;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A workload whose timed rounds are noisy by construction: each call sums a random-length
 * prefix of an array, the length normally distributed around 200,000 elements (15% standard
 * deviation), drawn afresh each run. The minimum of 100 such rounds (after 2,000 warmup calls) moves by several percent
 * from run to run while the distribution of the rounds does not. {@code -Dnoisy.scale=1.2}
 * makes every call do 20% more work: a real slowdown of the same shape.
 */
class NoisyRounds {
    private static final int[] DATA = new int[400_000];

    static {
        for (int i = 0; i < DATA.length; i++) {
            DATA[i] = i * 31 + 7;
        }
    }

    @Test
    void sumPrefix(Benchmark benchmark) {
        double scale = Double.parseDouble(System.getProperty("noisy.scale", "1"));
        SplittableRandom random = new SplittableRandom();
        benchmark.pedantic(() -> {
            double factor = Math.max(0.4, 1 + 0.15 * gaussian(random));
            int length = (int) Math.min(DATA.length, 200_000 * scale * factor);
            long sum = 0;
            for (int i = 0; i < length; i++) {
                sum += DATA[i];
            }
            return sum;
        }, () -> { }, 100, 2000, 1);
    }

    /** A standard normal draw (Box-Muller): SplittableRandom has no nextGaussian on Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
