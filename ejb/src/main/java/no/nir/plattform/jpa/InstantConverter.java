package no.nir.plattform.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * EclipseLink 4.0 (JPA 3.1) has no built-in mapping for Instant and would store it serialised as
 * bytea. A Timestamp carries the same instant to a timestamptz column whatever the JVM's zone.
 * Applies to every Instant attribute; it must be listed in persistence.xml to be found.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
