package dev.benchmem.harness.memory;

import java.util.Locale;

/** Byte sizes for messages: the largest binary unit reached, about three significant digits ({@code 117 MiB}, {@code 3.81 MiB}). */
final class ByteSize {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private ByteSize() {
    }

    static String format(long bytes) {
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
