package dev.benchmem.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;

/**
 * The values of a run file as its reader takes them off the token stream: plain Java values
 * for the free-form maps, numbers and text for the fields the model types, and the one-line
 * wording of a value that is present but malformed.
 */
final class JsonValueReader {

    private final JsonParser parser;

    JsonValueReader(JsonParser parser) {
        this.parser = parser;
    }

    JsonParser parser() {
        return parser;
    }

    /**
     * A value present but malformed, worded {@code FIELD is VALUE, expected WHAT}; the reader
     * adds the file and the benchmark. Carries no stack: it is an input error, not a bug.
     */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String problem) {
            super(problem, null, false, false);
        }
    }

    /** {@code field}'s current value is not {@code expected}; the value is consumed. */
    Malformed malformed(String field, JsonToken value, String expected) throws IOException {
        return new Malformed(field + " is " + describe(value) + ", expected " + expected);
    }

    /** A value as the one-line message shows it: text quoted, numbers as written, containers by kind. */
    private String describe(JsonToken value) throws IOException {
        switch (value) {
            case VALUE_STRING:
                String text = parser.getText();
                return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
            case START_OBJECT:
                parser.skipChildren();
                return "an object";
            case START_ARRAY:
                parser.skipChildren();
                return "a list";
            default:
                return parser.getText();
        }
    }

    /** Text, or null for JSON null; anything else is malformed. */
    String text(String field, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw malformed(field, value, "text");
        }
        return parser.getText();
    }

    /**
     * A number: bare NaN and Infinity as Python writes them, or those and plain numbers as text
     * (as JMH writes non-finite values); NaN for JSON null. Anything else is malformed.
     */
    double number(String field, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (value == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        if (value == JsonToken.VALUE_STRING) {
            double v = NumberText.parse(parser.getText());
            if (!Double.isNaN(v) || NumberText.isNaN(parser.getText())) {
                return v;
            }
        }
        throw malformed(field, value, "a number");
    }

    /** A whole number (a count), {@link TimingStats#ABSENT} for null or NaN. */
    long count(String field, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        double v = number(field, value);
        if (Double.isNaN(v)) {
            return TimingStats.ABSENT;
        }
        if (v != Math.rint(v) || Double.isInfinite(v)) {
            throw new Malformed(field + " is " + parser.getText() + ", expected a whole number");
        }
        return (long) v;
    }

    /**
     * An object as an ordered, frozen map of plain values (the maps inside it are not frozen),
     * empty for JSON null; anything else is malformed.
     */
    Map<String, Object> object(String field, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (start != JsonToken.START_OBJECT) {
            throw malformed(field, start, "an object");
        }
        return FrozenMap.owning(JsonValues.readObjectBody(parser));
    }

    /** The current value as plain Java ({@link JsonValues#read}). */
    Object value(JsonToken token) throws IOException {
        return JsonValues.read(parser, token);
    }
}
