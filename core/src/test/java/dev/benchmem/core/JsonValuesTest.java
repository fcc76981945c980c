package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void plainValuesRoundTripInOrderWithTheNumberTypesAReaderGives() throws IOException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", 5);
        value.put("a", List.of(1L, 3_000_000_000L, 2.5));
        value.put("big", new BigInteger("123456789012345678901234567890"));
        value.put("nested", Map.of("text", "é \"quoted\""));
        value.put("flags", Arrays.asList(true, false, null));

        String text = write(value);

        assertThat(text).startsWith("{\"z\":5,\"a\":[1,3000000000,2.5],");
        try (JsonParser parser = JSON.createParser(text)) {
            assertThat(JsonValues.read(parser, parser.nextToken())).isEqualTo(Map.of(
                    "z", 5, "a", List.of(1, 3_000_000_000L, 2.5), "big", new BigInteger("123456789012345678901234567890"),
                    "nested", Map.of("text", "é \"quoted\""), "flags", Arrays.asList(true, false, null)));
        }
    }

    @Test
    void anythingElseIsWrittenAsItsText() throws IOException {
        assertThat(write(List.of(java.nio.file.Path.of("a"), java.time.Duration.ofSeconds(2)))).isEqualTo("[\"a\",\"PT2S\"]");
    }

    private static String write(Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            JsonValues.write(json, value);
        }
        return out.toString();
    }
}
