package org.migrationdialogue.pipeline.common.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The JSON serde of every contract event, for Kafka clients and Kafka Streams. A null value is a tombstone both
 * ways; bytes that are not the expected JSON raise a {@link SerializationException} naming the type, the topic
 * and the parser's reason.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final Class<T> type;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    private JsonSerde(Class<T> type) {
        this.type = type;
        this.reader = Json.mapper().readerFor(type);
        this.writer = Json.mapper().writerFor(type);
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new SerializationException(
                    "Cannot write " + type.getSimpleName() + " as JSON for topic " + topic + ": "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            T value = reader.readValue(data);
            if (value == null) {
                throw new SerializationException(
                        "Malformed " + type.getSimpleName() + " on topic " + topic + ": the JSON value is null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new SerializationException(
                    "Malformed " + type.getSimpleName() + " on topic " + topic + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SerializationException(
                    "Cannot read " + type.getSimpleName() + " on topic " + topic + ": " + e.getMessage(), e);
        }
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure: one mapping for the whole contract
    }

    @Override
    public void close() {
        // nothing to release: the mapper is shared
    }
}
