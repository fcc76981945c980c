package dev.benchmem.harness.memory;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them: {@code 100MiB}, {@code 512 KiB}, {@code 2GiB}, bare bytes. */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(B|KiB|MiB|GiB)?\\s*");
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB"};

    private ByteSize() {
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming it when it is not a size. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size (use B, KiB, MiB or GiB): '" + text + "'");
        }
        double value = Double.parseDouble(m.group(1));
        int power = m.group(2) == null ? 0 : java.util.Arrays.asList(UNITS).indexOf(m.group(2));
        return Math.round(value * Math.pow(1024, power));
    }

    /** Formats {@code bytes} in the largest unit it reaches, with about three significant digits. */
    public static String format(long bytes) {
        int power = 0;
        double value = bytes;
        while (Math.abs(value) >= 1024 && power < UNITS.length - 1) {
            value /= 1024;
            power++;
        }
        String digits = Math.abs(value) >= 100 || power == 0 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f";
        String number = String.format(Locale.ROOT, digits, value);
        if (number.contains(".")) {
            number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return number + " " + UNITS[power];
    }
}
