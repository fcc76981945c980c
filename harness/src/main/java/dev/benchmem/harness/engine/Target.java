package dev.benchmem.harness.engine;

import dev.benchmem.harness.timing.TimedTarget;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a fixture measures: an untimed, untracked {@link #setup()} and the {@link #call()},
 * keeping the last value so {@code run} can return it.
 */
abstract class Target<T> {

    private T last;

    static <T> Target<T> of(Supplier<T> call) {
        return withSetup(() -> { }, call);
    }

    static <T> Target<T> withSetup(Runnable setup, Supplier<T> call) {
        return new Target<>() {
            @Override
            void setup() {
                setup.run();
            }

            @Override
            T compute() {
                return call.get();
            }
        };
    }

    /** A call that takes a fresh input, made by {@code setup}, each time. */
    static <S, T> Target<T> withInput(Supplier<? extends S> setup, Function<? super S, T> call) {
        return new Target<>() {
            private S input;

            @Override
            void setup() {
                input = setup.get();
            }

            @Override
            T compute() {
                return call.apply(input);
            }
        };
    }

    abstract void setup();

    abstract T compute();

    /**
     * Untracked, before each memory pass: drops the previous pass's value, which would otherwise
     * be live in the next pass's baseline and, replaced by the new value, cancel it out of the
     * peak; then runs {@link #setup()}.
     */
    final void beforeMemoryPass() {
        last = null;
        setup();
    }

    final T call() {
        T value = compute();
        last = value;
        return value;
    }

    final T last() {
        return last;
    }

    /** The timed loop: every value goes to {@code blackhole}; setup runs before each round. */
    final TimedTarget timed(Blackhole blackhole) {
        return new TimedTarget() {
            @Override
            public void run(long iterations) {
                for (long i = 0; i < iterations; i++) {
                    blackhole.consume(call());
                }
            }

            @Override
            public void beforeRound() {
                setup();
            }
        };
    }
}
