package cn.sd.pairing.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business times are Beijing local times; the API states the offset so no client has to guess. Texts must be
 * well-formed UTF-16: a lone surrogate cannot be stored as UTF-8 (MariaDB would keep a "?"), so it is refused,
 * and so is anything after the body's JSON value.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfig {

  /** A body is one JSON value (no trailing "} ]]" taken as read) of well-formed texts. */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictReading() {
    return builder -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .deserializerByType(String.class, new WellFormedText());
  }

  /** The standard text reading, then a check that every surrogate is half of a pair. */
  static final class WellFormedText extends StdScalarDeserializer<String> {
    WellFormedText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null) {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            i++;
          } else if (Character.isSurrogate(c)) {
            throw InvalidFormatException.from(parser, "unpaired surrogate", text, String.class);
          }
        }
      }
      return text;
    }
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer beijingTimes() {
    return builder -> builder.serializerByType(LocalDateTime.class, new JsonSerializer<LocalDateTime>() {
      @Override
      public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeString(value.atZone(ClockConfig.ZONE).toOffsetDateTime()
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      }
    });
  }
}
