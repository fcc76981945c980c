package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON written to be embedded in an HTML page's {@code <script>} element, as every benchmem page
 * carries its data: {@code < > & '} and the JavaScript line separators are {@code \}u-escaped,
 * so no data string can close the element or start markup.
 */
public final class ScriptSafeJson {
    private ScriptSafeJson() {
    }

    /** A mapper that writes script-safe JSON and leaves the writer open. */
    public static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return mapper;
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> new SerializedString("\\u2028");
                case 0x2029 -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
