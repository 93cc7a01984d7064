package cn.govit.core.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text of a request that PostgreSQL can store as sent: a NUL character is refused by the database and an unpaired
 * surrogate would be saved as “?”, so either is a 400 naming the field instead of a 500 or a silently changed text.
 */
@Component
class StorableText implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.addModule(new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer()));
    }

    static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String text = super.deserialize(p, ctxt);
            if (text != null && !storable(text)) {
                throw ctxt.weirdStringException(text, String.class, "NUL or an unpaired surrogate");
            }
            return text;
        }
    }
}
