package dev.benchmem.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain Java values (maps, lists, text, numbers, booleans, null) on Jackson's token stream, for
 * the free-form parts of what benchmem reads and writes. The streaming API alone: a JVM that
 * only passes such values on never builds an object mapper, which loads some 350 classes.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * The value whose first token {@code token} was just read: maps (in file order), lists,
     * text, {@code Integer}, {@code Long}, {@code BigInteger} or {@code Double}, {@code
     * Boolean}, null.
     */
    public static Object read(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return readObjectBody(parser);
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(read(parser, t));
                }
                return list;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** The rest of the object whose START_OBJECT was just read, as an ordered map of plain values. */
    public static LinkedHashMap<String, Object> readObjectBody(JsonParser parser) throws IOException {
        // Sized for pytest-benchmark's options block (six keys) without a resize.
        LinkedHashMap<String, Object> map = new LinkedHashMap<>(8);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            map.put(key, read(parser, parser.nextToken()));
        }
        return map;
    }

    /** Writes a plain value; anything else (not a map, collection, text, number or boolean) as its text. */
    public static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            writeNumber(json, number);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else {
            json.writeString(value.toString());
        }
    }

    private static void writeNumber(JsonGenerator json, Number number) throws IOException {
        if (number instanceof java.math.BigInteger big) {
            json.writeNumber(big);
        } else if (number instanceof java.math.BigDecimal decimal) {
            json.writeNumber(decimal);
        } else {
            json.writeNumber(number.doubleValue());
        }
    }
}
