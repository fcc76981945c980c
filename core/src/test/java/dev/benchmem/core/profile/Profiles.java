package dev.benchmem.core.profile;

import java.util.List;

/** Small profiles built as a profiled pass would report them, shared by the tests of the modules that read profiles. */
public final class Profiles {
    private Profiles() {
    }

    /** A frame written {@code Class#method:line} (or without {@code :line}). */
    public static ProfileFrame frame(String label) {
        int hash = label.indexOf('#');
        int colon = label.lastIndexOf(':');
        return new ProfileFrame(label.substring(0, hash), label.substring(hash + 1, colon < 0 ? label.length() : colon),
                colon < 0 ? -1 : Integer.parseInt(label.substring(colon + 1)));
    }

    public static List<ProfileFrame> frames(String... labels) {
        return List.of(labels).stream().map(Profiles::frame).toList();
    }

    /**
     * A sum over a list: the candidate boxes its 1,000 ints ({@code boxed} true) or keeps them
     * in an {@code int[]}; every path walked, so values are exact.
     */
    public static Profile sum(boolean boxed) {
        ProfileBuilder b = new ProfileBuilder("sum[1000]", "com.example.SumBench#sum[1000]", "17.0.16", boxed ? 20_016 : 4_016, 0,
                boxed ? 1_002 : 1);
        if (boxed) {
            int valueOf = b.site("java.lang.Integer", "valueOf", 1081, "java.lang.Integer", 1_000, 16_000);
            b.path(valueOf, frames("com.example.SumBench#sum.lambda#0:31", "com.example.Summer#boxed:20", "java.lang.Integer#valueOf:1081"),
                    16_000, 1_000, 16_000);
            int array = b.site("com.example.Summer", "boxed", 18, "java.lang.Integer[]", 1, 4_016);
            b.path(array, frames("com.example.SumBench#sum.lambda#0:31", "com.example.Summer#boxed:18"), 4_016, 1, 4_016);
            int list = b.site("java.util.Arrays", "asList", 4355, "java.util.Arrays$ArrayList", 1, 16);
            b.path(list, frames("com.example.SumBench#sum.lambda#0:31", "com.example.Summer#boxed:22", "java.util.Arrays#asList:4355"),
                    16, 1, 0);
        } else {
            int array = b.site("com.example.Summer", "ints", 12, "int[]", 1, 4_016);
            b.path(array, frames("com.example.SumBench#sum.lambda#0:31", "com.example.Summer#ints:12"), 4_016, 1, 4_016);
        }
        return b.build();
    }
}
